import { getDb } from '../db/database';
import { type DeleteResult, deletePersona, deleteRole } from '../db/taxonomy-writes';
import { setUserFields } from '../db/user-writes';

/**
 * Deletes a role or persona that users hold: first moves each holder to `targetId` (or to none,
 * with null), each move queued for the server, then deletes it. The server receives the moves
 * before the delete. A failure part-way leaves valid state (the moved users moved, the item still
 * there), so trying again finishes the job.
 */
export async function reassignAndDelete(
  what: 'role' | 'persona',
  id: string,
  targetId: string | null,
): Promise<DeleteResult> {
  if (targetId === id) return { ok: false, reason: `Choose another ${what} to move its users to.` };
  const field = what === 'role' ? 'roleId' : 'personaId';
  const holders = await getDb().users.where(field).equals(id).primaryKeys();
  try {
    for (const userId of holders) await setUserFields(userId, { [field]: targetId });
  } catch (e) {
    return {
      ok: false,
      reason: `Could not move every user: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  return what === 'role' ? deleteRole(id) : deletePersona(id);
}
