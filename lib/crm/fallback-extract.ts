import type { CrmAdapter, RecordExtraction, RecordRef } from './adapter';
import { decoys } from './common-decoys';
import { treesUnder } from './deep-query';
import { allIn, firstIn, isExcluded, textOf } from './dom-text';
import { emailsInText, emailsOf, mailtoOf } from './email-text';
import { EMAIL_LABELS, labelledValues } from './labelled-value';
import { notOwn, ownEmails } from './own-emails';

// The careful fallback for record layouts we do not know. It reads only what the page plainly
// shows in its main content: the record title, mailto: links and labelled email fields, outside
// navigation, timelines, associations and hidden parts. What it finds is a *possible* match the
// user confirms; it never makes a badge or a CRM sighting by itself.

const MAIN = 'main, [role="main"]';
const NOISE = ['timeline', 'activity', 'feed', 'related', 'association', 'conversation', 'thread'];
const FALLBACK_DECOYS = decoys(
  'header, footer, [role="complementary"], [role="log"], [role="feed"], [role="dialog"]',
  ...NOISE.map((word) => `[class*="${word}" i], [data-testid*=${word}]`),
);

/** The page's main content, or its body when it marks none. */
function mainOf(doc: Document): Element | undefined {
  return firstIn(doc, MAIN, undefined) ?? doc.body ?? undefined;
}

function unique(values: string[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) if (!seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
  return [...seen.values()];
}

// The object's label some headers print before the name ("Contact" above "Priya Raman" in a
// Lightning highlights panel, "Lead", "Person"), in the languages labelled-value.ts knows.
const OBJECT_LABEL =
  /^(?:contact|lead|person|people|kontakt|interessent|personne|contacto|contato|persona|prospect|contatto|リード|取引先責任者)$/i;

/** The header's name without an object label printed in its own element before it. */
function nameOf(header: Element): string {
  const name = textOf(header);
  const label = textOf(header.firstElementChild);
  // A label in an element of its own: slicing it off cannot cut into the name.
  return label && OBJECT_LABEL.test(label) && name.startsWith(label)
    ? name.slice(label.length).trim()
    : name;
}

/**
 * A candidate for the record: a possible match, or undefined when the page shows no email.
 * What the adapter knows of the site still holds: its decoy regions are skipped and where it
 * shows the signed-in rep (`self`) never gives a candidate.
 */
export function fallbackExtract(
  doc: Document,
  ref: RecordRef,
  known: Pick<CrmAdapter, 'self' | 'layouts'> = { layouts: { contact: [] } },
): RecordExtraction | undefined {
  const main = mainOf(doc);
  if (!main || ref.kind !== 'contact') return undefined;
  const { self } = known;
  // The rep's profile card is no record: neither its heading nor its address count.
  const exclude = [FALLBACK_DECOYS, self, ...known.layouts.contact.map((l) => l.exclude)]
    .filter(Boolean)
    .join(', ');
  const header = firstIn(main, 'h1', exclude);
  const links = allIn(main, 'a[href^="mailto:" i]', exclude).flatMap(mailtoOf);
  const labelled = labelledValues([main], EMAIL_LABELS, exclude).flatMap(emailsOf);
  const emails = notOwn(unique([...links, ...labelled]), ownEmails(doc, self));
  if (emails.length === 0 || !header) return undefined;
  // The window title names the record where the heading is only an icon or a label.
  const name = nameOf(header) || doc.title.split(/\s[|·–-]\s/)[0];
  return {
    header,
    person: { emails: emails.slice(0, 3), name, recordId: ref.recordId },
    possible: true,
  };
}

/** Every email the user can see on the page outside the app's own navigation (to pick from). */
export function visibleEmails(doc: Document, self?: string): string[] {
  const main = mainOf(doc);
  if (!main) return [];
  const exclude = decoys();
  const found = allIn(main, 'a[href^="mailto:" i]', exclude).flatMap(mailtoOf);
  for (const tree of treesUnder(main)) {
    const walker = doc.createTreeWalker(tree as Node, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && found.length < 40; node = walker.nextNode()) {
      const at = node.parentElement;
      if (at && node.nodeValue?.includes('@') && !isExcluded(at, exclude))
        found.push(...emailsInText(node.nodeValue));
    }
  }
  return notOwn(unique(found), ownEmails(doc, self)).slice(0, 20);
}
