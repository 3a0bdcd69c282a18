import type { CrmIds, User } from '../domain/types';
import { refreshUserStats } from './derived';
import { localWrite, recordLocalWrite } from './local-write';
import { toStoredUser } from './stored-keys';

export interface NewUserInput {
  email: string;
  firstName?: string;
  lastName?: string;
  title?: string;
  phone?: string;
  accountId?: string;
  /** The CRM record the person was added from (kept as the user's id in that CRM). */
  crm?: { id: string; recordId?: string };
}

const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/**
 * Adds a product user by hand (from a CRM contact nobody matched) and queues its PUT with a
 * client-generated id. Until the server accepts it the local row is guarded like any local
 * edit; discarding the push removes it. With no events yet the user shows as a Zombie.
 */
export async function addProductUser(input: NewUserInput, now = new Date()): Promise<User> {
  const crmIds: CrmIds | undefined = input.crm?.recordId
    ? { [input.crm.id]: input.crm.recordId }
    : undefined;
  const fields = {
    email: input.email.trim(),
    firstName: text(input.firstName),
    lastName: text(input.lastName),
    title: text(input.title),
    phone: text(input.phone),
    accountId: text(input.accountId),
    crmIds,
  };
  const user: User = { id: crypto.randomUUID(), createdAt: now.toISOString(), crmContact: true };
  for (const [k, v] of Object.entries(fields))
    if (v !== undefined) (user as unknown as Record<string, unknown>)[k] = v;
  await localWrite('users', async (db) => {
    await recordLocalWrite(db, 'users', user.id, {
      kind: 'user.put',
      method: 'PUT',
      path: `/v1/users/${encodeURIComponent(user.id)}`,
      body: user,
    });
    await db.users.put(toStoredUser(user));
  });
  await refreshUserStats([user.id], now);
  return user;
}
