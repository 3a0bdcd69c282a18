import { getDb } from '../db/database';
import { discardOutboxItem } from '../db/outbox';
import { normaliseEmail } from '../domain/email';
import { sendSyncMessage } from '../platform/runtime-messages';

/**
 * The server refused a user added here because their email already belongs to another user.
 * Finds that user (syncing first when they have not reached this browser yet), drops the local
 * copy, and returns the existing user's id; or says why it cannot.
 */
export async function resolveUserConflict(
  newUserId: string,
  seq: number,
): Promise<{ ok: true; userId: string } | { ok: false; message: string }> {
  const db = getDb();
  const mine = await db.users.get(newUserId);
  const key = normaliseEmail(mine?.email);
  if (!key) return { ok: false, message: 'This user has no email to look for.' };
  const find = async () =>
    (await db.users.where('emailKey').equals(key).toArray()).find(
      (u) => u.id !== newUserId && !u.deactivated,
    );
  let existing = await find();
  if (!existing) {
    const reply = await sendSyncMessage({ type: 'sync/now' });
    existing = await find();
    if (!existing)
      return {
        ok: false,
        message: reply.ok
          ? 'The server has a user with this email, but it has not sent them yet. Try again in a moment.'
          : `Could not fetch the existing user: ${reply.error}`,
      };
  }
  await discardOutboxItem(seq);
  return { ok: true, userId: existing.id };
}
