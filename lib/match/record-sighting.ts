import { getDb } from '../db/database';
import { refreshUserStats } from '../db/derived';
import type { CrmId } from '../domain/crms';

/**
 * Remembers that the extension saw this user as a contact record in a CRM (the Influencer
 * rule counts it), and refreshes the user's derived types. Only the first sighting writes:
 * revisiting the record changes nothing.
 */
export async function recordCrmSighting(
  userId: string,
  crm: CrmId,
  recordId: string | undefined,
  now: Date = new Date(),
): Promise<boolean> {
  const db = getDb();
  const added = await db.transaction('rw', db.crmSightings, async () => {
    if (await db.crmSightings.get(userId)) return false;
    await db.crmSightings.put({
      userId,
      crm,
      ...(recordId ? { recordId } : {}),
      seenAt: now.toISOString(),
    });
    return true;
  });
  if (added) await refreshUserStats([userId], now);
  return added;
}
