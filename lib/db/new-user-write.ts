import { normaliseEmail } from '../domain/email';
import type { CrmIds, User } from '../domain/types';
import { getDb } from './database';
import { refreshUserStats } from './derived';
import { localWrite, recordLocalWrite } from './local-write';
import { fromStored, toStoredUser } from './stored-keys';

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

/** An active user of the store who signs in with this email (the server refuses a second). */
export async function userWithEmail(email: string, exceptId?: string): Promise<User | undefined> {
  const key = normaliseEmail(email);
  if (!key) return undefined;
  const rows = await getDb().users.where('emailKey').equals(key).toArray();
  const found = rows.find((u) => u.id !== exceptId && !u.deactivated);
  return found ? fromStored(found) : undefined;
}

/**
 * Adds a product user by hand (from a CRM contact nobody matched) and queues its PUT with a
 * client-generated id. Until the server accepts it the local row is guarded like any local
 * edit; discarding the push removes it. With no events yet the user shows as a Zombie. An
 * email that already belongs to a user here answers with that user, as the server would
 * (409): never a second person with the same email.
 */
export async function addProductUser(input: NewUserInput, now = new Date()): Promise<User> {
  const existing = await userWithEmail(input.email);
  if (existing) return existing;
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
