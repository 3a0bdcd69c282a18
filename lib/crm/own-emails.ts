import { queryDeep } from './deep-query';
import { emailsOf } from './email-text';

/**
 * The signed-in rep's own addresses as the page shows them (its account menu, profile card),
 * lower-cased. Read even when hidden: a closed menu still names who is signed in.
 */
export function ownEmails(doc: Document, self: string | undefined): Set<string> {
  const own = new Set<string>();
  if (!self) return own;
  for (const el of queryDeep(doc, self)) for (const e of emailsOf(el)) own.add(e.toLowerCase());
  return own;
}

/** `emails` without the rep's own. */
export const notOwn = (emails: string[], own: Set<string>): string[] =>
  own.size === 0 ? emails : emails.filter((e) => !own.has(e.toLowerCase()));
