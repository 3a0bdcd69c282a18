import type { SeenPerson } from '../../messaging/tab-detection';
import { emailsInText } from '../email-text';

export type { SeenPerson };

/**
 * The people of an inbox thread or a profile page: never the signed-in user, never a list,
 * group or role address. `inView` is the person of the message in view (the last message's
 * sender when someone else sent it); several people and no `inView` means: let the rep choose.
 */
export interface PeopleOnPage {
  /** What the page is about: the thread, the draft or the profile (kept per page). */
  key: string;
  people: SeenPerson[];
  inView?: SeenPerson;
  /** Where the badge may sit (the sender's name in view). */
  anchor?: Element;
}

// Addresses of a team, a list or a machine rather than a person. A group's own address looks
// like any other, so this is a word list, not a proof: such an address is left out, never
// guessed as the person.
const ROLE =
  /^(?:no-?reply|do-?not-?reply|notifications?|mailer-daemon|postmaster|bounces?|list|lists|all|everyone|staff|team|group|groups|info|support|help|billing|invoices?|sales|hello|contact|admin|office|news|newsletter|marketing|jobs|careers)(?:\+.*)?$/i;
const LIST_PART = /(?:^|[._-])(?:list|lists|group|groups|all|team|announce)(?:$|[._-])/i;

/** True for an address that is no one person's (a list, a group, a role or a robot). */
export function isRoleAddress(email: string): boolean {
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  return (
    ROLE.test(local) || LIST_PART.test(local) || /^(?:lists?|groups?|googlegroups)\./.test(domain)
  );
}

/** The first email address in a text ("Sam Rivera (sam@x.example)", "Name <a@b>"). */
export const firstEmail = (text: string | null | undefined): string | undefined =>
  emailsInText(text ?? '')[0]?.toLowerCase();

/**
 * The people kept: one entry per address, the signed-in user and role addresses left out,
 * the first role seen winning (a sender stays a sender when also copied).
 */
export function keepPeople(found: SeenPerson[], self: Set<string>): SeenPerson[] {
  const kept = new Map<string, SeenPerson>();
  for (const p of found) {
    const email = p.email?.toLowerCase();
    if (!email || self.has(email) || isRoleAddress(email) || kept.has(email)) continue;
    kept.set(email, { ...p, email });
  }
  return [...kept.values()];
}
