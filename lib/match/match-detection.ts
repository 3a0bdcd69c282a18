import type { TabDetection } from '../messaging/tab-detection';
import { matchAccount } from './match-account';
import { matchPerson } from './match-person';
import { recordCrmSighting } from './record-sighting';

/**
 * The detection with its match against the local store filled in (or refreshed after a sync).
 * A matched person seen on a contact record is recorded as a CRM sighting first, so the types
 * the badge shows already count it.
 */
export async function matchDetection(
  detection: TabDetection,
  now = new Date(),
): Promise<TabDetection> {
  const { crm } = detection;
  if (!crm || detection.pending) return detection;
  if (detection.page === 'contact' && detection.person) {
    const match = await matchPerson(crm, detection.person);
    if (match.userId) await recordCrmSighting(match.userId, crm, detection.person.recordId, now);
    return { ...detection, match };
  }
  if (detection.page === 'account' && detection.account)
    return { ...detection, accountMatch: await matchAccount(crm, detection.account) };
  return detection;
}
