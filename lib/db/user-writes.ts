import type { CustomFieldValue } from '../domain/types';
import { refreshUserStats } from './derived';
import { localWrite, recordLocalWrite } from './local-write';

export interface UserFieldsPatch {
  roleId?: string | null;
  personaId?: string | null;
  /** details: the segment (null clears it). */
  segment?: string | null;
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
    if (patch.segment !== undefined) {
      if (patch.segment === null) delete next.segment;
      else next.segment = patch.segment;
    }
    if (patch.customFields !== undefined)
      next.customFields = { ...user.customFields, ...patch.customFields };
    await recordLocalWrite(db, 'users', userId, {
      kind: 'user.patch',
      method: 'PATCH',
      path: `/v1/users/${encodeURIComponent(userId)}`,
      // The whole custom-field map: right whether the server merges or replaces it.
      body:
        patch.customFields === undefined ? patch : { ...patch, customFields: next.customFields },
    });
    await db.users.put(next);
  });
  // Role/persona changes can make the user an influencer (with influencer roles configured).
  await refreshUserStats([userId]);
}
