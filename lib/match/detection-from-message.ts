import { parseCrmUrl } from '../crm/adapters';
import type { CrmDetectedMessage } from '../messaging/detection-messages';
import type { TabDetection } from '../messaging/tab-detection';

/**
 * Turns a content script's report into the tab's detection, trusting the page as little as
 * possible: the CRM, the kind of page and the record id come from the URL (which must be on the
 * sender's own origin), and only what the record shows (emails, name, …) from the message.
 * Undefined when the report does not fit the sender.
 */
export function detectionFromMessage(
  tabId: number,
  senderUrl: string,
  message: CrmDetectedMessage,
  now = new Date(),
): TabDetection | undefined {
  const parsed = parseCrmUrl(message.url);
  const sender = parseCrmUrl(senderUrl);
  if (!parsed || !sender || new URL(message.url).origin !== new URL(senderUrl).origin)
    return undefined;
  const { crm, ref } = parsed;
  const base = { tabId, url: message.url, crm, detectedAt: now.toISOString() };
  if (!ref) return { ...base, page: 'other' };
  if (message.page !== ref.kind) return undefined;
  if (message.pending) return { ...base, page: ref.kind, pending: true };
  if (message.unread) {
    const { visibleEmails = [], pageReport } = message;
    return {
      ...base,
      page: ref.kind,
      unread: true,
      visibleEmails,
      ...(pageReport ? { pageReport } : {}),
      ...(ref.kind === 'contact' ? { person: { emails: [], recordId: ref.recordId } } : {}),
      ...(ref.kind === 'account' ? { account: { recordId: ref.recordId } } : {}),
    };
  }
  // A look-alike company under a new URL is not shown until it is the new record's own.
  if (message.possible && ref.kind === 'account') return { ...base, page: ref.kind, pending: true };
  if (ref.kind === 'contact') {
    if (!message.person) return undefined;
    const emails = message.person.emails.filter((e) => e !== '');
    const noEmail = emails.length === 0;
    const people = message.people?.filter((p) => p.email || p.name);
    return {
      ...base,
      page: 'contact',
      person: { ...message.person, emails, recordId: ref.recordId },
      ...(noEmail ? { noEmail } : {}),
      ...(message.possible ? { possible: true } : {}),
      ...(people?.length ? { people } : {}),
    };
  }
  if (!message.account) return undefined;
  return { ...base, page: 'account', account: { ...message.account, recordId: ref.recordId } };
}
