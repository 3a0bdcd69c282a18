import { META } from '../db/meta';
import { isOptInSite } from '../domain/crms';
import { normaliseEmail } from '../domain/email';
import type { TabDetection } from '../messaging/tab-detection';
import { getConfirmation } from '../platform/crm-confirmations';
import { matchAccount } from './match-account';
import { matchPerson } from './match-person';
import { recordCrmSighting } from './record-sighting';

/**
 * The detection with its match against the local store filled in (or refreshed after a sync).
 * A person the careful fallback read (or a page that could not be read) first looks up the
 * user's own answer for this CRM record: "yes, this user" or "no".
 */
export async function matchDetection(found: TabDetection): Promise<TabDetection> {
  const detection = await withoutOwnEmail(found);
  const { crm } = detection;
  // The user's own choice stands until the page shows another record.
  if (!crm || detection.pending || detection.confirmed) return detection;
  if (detection.page === 'contact' && detection.person) {
    const recordId = detection.person.recordId;
    if ((detection.possible || detection.unread) && recordId) {
      const answer = await getConfirmation(crm, recordId);
      if (answer?.userId)
        return {
          ...detection,
          possible: false,
          confirmed: true,
          match: { userId: answer.userId, via: 'confirmed', suggestions: [] },
        };
      if (answer) return { ...detection, rejected: true, match: { suggestions: [] } };
    }
    if (detection.unread) return detection;
    return { ...detection, match: await matchPerson(crm, detection.person) };
  }
  if (detection.page === 'account' && detection.account && !detection.unread)
    return { ...detection, accountMatch: await matchAccount(crm, detection.account) };
  return detection;
}

/**
 * What the fallback read (or an unread page's emails) without the rep's own address, as the
 * sync server knows it: a page may show it anywhere (an open composer, a profile card), and it
 * is never a candidate for the person on the page.
 */
async function withoutOwnEmail(detection: TabDetection): Promise<TabDetection> {
  if (!detection.possible && !detection.unread) return detection;
  const own = normaliseEmail((await META.whoami.get())?.user.email ?? '');
  if (!own) return detection;
  const other = (emails: string[]) => emails.filter((e) => normaliseEmail(e) !== own);
  const { person, visibleEmails } = detection;
  return {
    ...detection,
    ...(person ? { person: { ...person, emails: other(person.emails) } } : {}),
    ...(visibleEmails ? { visibleEmails: other(visibleEmails) } : {}),
  };
}

/**
 * Records that the matched person was seen as a contact record in the CRM, only when a layout
 * of the adapter read the page (never the fallback, a look-alike or the user's own pick: a page
 * script could forge those) and the match came from the page's email or the record id.
 */
export async function recordSightingOf(detection: TabDetection, now = new Date()): Promise<void> {
  const { crm, person, match } = detection;
  if (!crm || detection.page !== 'contact' || detection.pending || !person?.recordId) return;
  // A sender in an inbox or a LinkedIn profile is no CRM contact.
  if (isOptInSite(crm)) return;
  if (detection.possible || detection.unread || detection.confirmed) return;
  if (!match?.userId || (match.via !== 'email' && match.via !== 'crmId')) return;
  await recordCrmSighting(match.userId, crm, person.recordId, now);
}
