import type { CustomFieldValue } from '../domain/types';
import { localWrite, recordLocalWrite } from './local-write';

export interface UserFieldsPatch {
  roleId?: string | null;
  personaId?: string | null;
  customFields?: Record<string, CustomFieldValue>;
}

/** Sets role, persona or custom fields locally and queues the PATCH (null clears a field). */
export async function setUserFields(userId: string, patch: UserFieldsPatch): Promise<void> {
  await localWrite('users', async (db) => {
    const user = await db.users.get(userId);
    if (!user) throw new Error('This user is no longer in the workspace.');
    const next = { ...user };
    if (patch.roleId !== undefined) {
      if (patch.roleId === null) delete next.roleId;
      else next.roleId = patch.roleId;
    }
    if (patch.personaId !== undefined) {
      if (patch.personaId === null) delete next.personaId;
      else next.personaId = patch.personaId;
    }
    if (patch.customFields !== undefined)
      next.customFields = { ...user.customFields, ...patch.customFields };
    await recordLocalWrite(db, 'users', userId, {
      kind: 'user.patch',
      method: 'PATCH',
      path: `/v1/users/${encodeURIComponent(userId)}`,
      body: patch,
    });
    await db.users.put(next);
  });
  await afterUserWrite([userId]);
}

// Role/persona changes can change who is an influencer; the derived stats module registers
// itself here so this file stays free of the domain and sync imports.
let afterUserWrite: (userIds: string[]) => Promise<void> = async () => {};
export function onUserWrite(fn: (userIds: string[]) => Promise<void>): void {
  afterUserWrite = fn;
}
