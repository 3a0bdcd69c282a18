import { isExcluded } from '../dom-text';
import { firstEmail, keepPeople, type PeopleOnPage, type SeenPerson } from './people-on-page';

// Outlook on the web (sources in tests/fixtures/sites/outlook-message.html): the reading pane
// (`[data-app-section="MailReadCompose"]`, or the region labelled "Reading pane"), each
// message's sender persona (`[class*="SenderPersona"]`, the "From" button) and its To/Cc lines,
// whose people carry "Name <address>" in a `title`; the body (with the quoted "From: … Sent: …"
// block of an earlier message, `#divRplyFwdMsg`) is never read. "X on behalf of Y" names a
// mailbox (Y) that is not the person: only X is kept. The signed-in account is in the account
// manager (`#mectrl_currentAccount_secondary`).

const PANE =
  '[data-app-section="MailReadCompose"], [role="region"][aria-label*="eading pane" i], #ReadingPaneContainerId';
const BODY = '[aria-label="Message body" i], #divRplyFwdMsg, blockquote';
const FROM = '[class*="SenderPersona"] [title], [aria-label^="From" i] [title]';
const TO = '[aria-label^="To" i] [title]';
const CC = '[aria-label^="Cc" i] [title]';
const BEHALF = '[aria-label*="on behalf of" i] [title]';
const SELF = '#mectrl_currentAccount_secondary, [aria-label^="Account manager for"]';

const person = (el: Element, role: SeenPerson['role']): SeenPerson => ({
  email: firstEmail(el.getAttribute('title')),
  name: el.textContent?.replace(/<[^>]*>/g, '').trim() || undefined,
  role,
});

function selfOf(doc: Document): Set<string> {
  const own = new Set<string>();
  for (const el of doc.querySelectorAll(SELF)) {
    const email = firstEmail(el.textContent) ?? firstEmail(el.getAttribute('aria-label'));
    if (email) own.add(email);
  }
  return own;
}

/** The open message's id in Outlook's URL (`/mail/inbox/id/AAQk…`). */
export function messageId(url: URL): string | undefined {
  const id = /\/id\/([^/?#]+)/.exec(url.pathname)?.[1];
  return id ? decodeURIComponent(id) : undefined;
}

/** The people of the open message (its conversation in the pane), undefined elsewhere. */
export function readOutlook(doc: Document, url: URL): PeopleOnPage | undefined {
  const pane = [...doc.querySelectorAll(PANE)].find((el) => !isExcluded(el, undefined));
  if (!pane) return undefined;
  const key = messageId(url);
  if (!key) return undefined;
  const self = selfOf(doc);
  const read = (selector: string) =>
    [...pane.querySelectorAll(selector)].filter((el) => !isExcluded(el, BODY));
  const mailboxes = new Set(
    read(BEHALF).flatMap((el) => firstEmail(el.getAttribute('title')) ?? []),
  );
  const senders = read(FROM).filter((el) => !el.closest('[aria-label*="on behalf of" i]'));
  const found: SeenPerson[] = [
    ...senders.map((el) => person(el, 'from')),
    ...read(TO).map((el) => person(el, 'to')),
    ...read(CC).map((el) => person(el, 'cc')),
  ];
  const people = keepPeople(
    found.filter((p) => !p.email || !mailboxes.has(p.email)),
    self,
  );
  const last = senders[senders.length - 1];
  const lastEmail = firstEmail(last?.getAttribute('title'));
  const inView = people.find((p) => p.role === 'from' && p.email === lastEmail);
  return {
    key: `message-${key}`,
    people,
    ...(inView && last ? { inView, anchor: last } : {}),
  };
}
