import type { BadgeView } from '../domain/badge-view';
import { normaliseEmail } from '../domain/email';
import type { CrmConfirmMessage } from '../messaging/detection-messages';
import type { TabDetection } from '../messaging/tab-detection';
import { setConfirmation } from '../platform/crm-confirmations';
import { getTabDetection, setTabDetection } from '../platform/tab-state';
import { badgeForDetection } from './badge-for-match';
import { matchPerson } from './match-person';

/**
 * The user's answer in the panel about the person on a tab's record page: "yes, this user",
 * "no", or one of the page's emails. The answer is remembered for the CRM record, so it holds
 * on reload; the tab's detection and badge follow at once. Never a CRM sighting: the page shape
 * did not pass an adapter layout. Returns the tab's URL and its new badge, or undefined.
 */
export async function confirmDetection(
  message: CrmConfirmMessage,
  now = new Date(),
): Promise<{ url: string; badge: BadgeView | null } | undefined> {
  const stored = await getTabDetection(message.tabId);
  const recordId = stored?.person?.recordId;
  if (!stored?.crm || stored.page !== 'contact' || !recordId) return undefined;
  if (!stored.possible && !stored.unread && !stored.rejected) return undefined;
  let userId = message.userId;
  let person = stored.person;
  if (!userId && message.email) {
    // Only an email the page itself showed may be picked.
    const key = normaliseEmail(message.email);
    if (!key || !stored.visibleEmails?.some((e) => normaliseEmail(e) === key)) return undefined;
    person = { emails: [message.email], recordId };
    userId = (await matchPerson(stored.crm, person)).userId;
    if (!userId) {
      const unmatched: TabDetection = {
        ...stored,
        person,
        unread: false,
        match: { suggestions: [] },
      };
      await setTabDetection(unmatched);
      return { url: stored.url, badge: null };
    }
  }
  await setConfirmation(stored.crm, recordId, {
    ...(userId ? { userId } : {}),
    at: now.toISOString(),
  });
  const next: TabDetection = userId
    ? {
        ...stored,
        ...(person ? { person } : {}),
        possible: false,
        rejected: false,
        unread: false,
        confirmed: true,
        match: { userId, via: 'confirmed', suggestions: [] },
      }
    : { ...stored, rejected: true, match: { suggestions: [] } };
  await setTabDetection(next);
  return { url: stored.url, badge: await badgeForDetection(next) };
}
