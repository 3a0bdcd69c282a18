import { isExcluded } from '../dom-text';
import { firstEmail, keepPeople, type PeopleOnPage, type SeenPerson } from './people-on-page';

// Gmail's thread view (sources in tests/fixtures/sites/gmail-thread.html): the thread's subject
// `h2.hP`, each open message `.adn` with its sender `.gD[email][name]` in the header and its
// recipients `.g2[email]`; quoted earlier messages sit in the body (`.gmail_quote`, `.im`) and
// are never read, the body is not read at all. The signed-in account is named in the aria-label
// of its Google Account button. A draft being written (`[role="dialog"]` compose, or the inline
// reply) shows its recipients as chips with an `email` attribute.

const SELF = 'a[aria-label^="Google Account"], [aria-label^="Google Account"]';
const MESSAGE = '.adn';
const SENDER = 'h3 .gD[email], .gD[email]';
const RECIPIENT = '.hb .g2[email], .g2[email]';
const DRAFT_RECIPIENT = '[role="dialog"] [email], .M9 [email]';

/** The signed-in account's addresses, read from its account button. */
function selfOf(doc: Document): Set<string> {
  const own = new Set<string>();
  for (const el of doc.querySelectorAll(SELF)) {
    const email = firstEmail(el.getAttribute('aria-label'));
    if (email) own.add(email);
  }
  return own;
}

const person = (el: Element, role: SeenPerson['role']): SeenPerson => ({
  email: el.getAttribute('email') ?? undefined,
  name: el.getAttribute('name') ?? (el.textContent?.trim() || undefined),
  role,
});

/** The thread id in Gmail's hash (`#inbox/FMfcgz…`, `#label/x/…`), or the draft's. */
export function threadKey(url: URL): string | undefined {
  const parts = url.hash.replace(/^#/, '').split('/');
  const last = parts[parts.length - 1] ?? '';
  return parts.length > 1 && /^[A-Za-z0-9]{16,}$/.test(last) ? last : undefined;
}

/** The people of the open thread (or the draft being written), undefined elsewhere. */
export function readGmail(doc: Document, url: URL): PeopleOnPage | undefined {
  const self = selfOf(doc);
  const draft = [...doc.querySelectorAll(DRAFT_RECIPIENT)].filter(
    (el) => !isExcluded(el, undefined),
  );
  const thread = threadKey(url);
  if (!thread && draft.length === 0) return undefined;
  const messages = thread
    ? [...doc.querySelectorAll(`[role="main"] ${MESSAGE}`)].filter(
        (el) => !isExcluded(el, undefined),
      )
    : [];
  const found: SeenPerson[] = [];
  let inView: SeenPerson | undefined;
  let anchor: Element | undefined;
  for (const message of messages) {
    const sender = message.querySelector(SENDER);
    if (sender) found.push(person(sender, 'from'));
    for (const el of message.querySelectorAll(RECIPIENT)) found.push(person(el, 'to'));
  }
  const last = messages[messages.length - 1]?.querySelector(SENDER);
  for (const el of draft) found.push(person(el, 'draft'));
  const people = keepPeople(found, self);
  if (last) {
    const email = last.getAttribute('email')?.toLowerCase();
    inView = people.find((p) => p.email === email && p.role === 'from');
    if (inView) anchor = last;
  }
  if (!inView && people.length === 1 && !thread) inView = people[0];
  return {
    key: thread ? `thread-${thread}` : 'draft',
    people,
    ...(inView ? { inView } : {}),
    ...(anchor ? { anchor } : {}),
  };
}
