import type { RecordExtraction, RecordRef } from './adapter';
import { decoys } from './common-decoys';
import { treesUnder } from './deep-query';
import { allIn, firstIn, isExcluded, textOf } from './dom-text';
import { emailsInText, emailsOf, mailtoOf } from './email-text';
import { EMAIL_LABELS, labelledValues, PHONE_LABELS } from './labelled-value';

// The careful fallback for record layouts we do not know. It reads only what the page plainly
// shows in its main content: the record title, mailto:/tel: links and labelled fields, outside
// navigation, timelines, associations and hidden parts. What it finds is a *possible* match the
// user confirms; it never makes a badge or a CRM sighting by itself.

const MAIN = 'main, [role="main"]';
const NOISE = ['timeline', 'activity', 'feed', 'related', 'association', 'conversation', 'thread'];
export const FALLBACK_DECOYS = decoys(
  'header, footer, [role="complementary"], [role="log"], [role="feed"], [role="dialog"]',
  ...NOISE.flatMap((word) => [`[class*="${word}" i]`, `[data-testid*="${word}" i]`]),
);

/** The page's main content, or its body when it marks none. */
export function mainOf(doc: Document): Element | undefined {
  return firstIn(doc, MAIN, undefined) ?? doc.body ?? undefined;
}

/** "Maya Chen - Contacts - Acme" → "Maya Chen": the first part of the window title. */
function titleName(doc: Document): string | undefined {
  const first = doc.title.split(/\s+[|·•–—-]\s+/)[0]?.trim();
  return first && first.length < 80 ? first : undefined;
}

function unique(values: string[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) if (!seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
  return [...seen.values()];
}

/** A candidate for the record: a possible match, or undefined when the page shows no email. */
export function fallbackExtract(doc: Document, ref: RecordRef): RecordExtraction | undefined {
  const main = mainOf(doc);
  if (!main || ref.kind !== 'contact') return undefined;
  const header = firstIn(main, 'h1, [role="heading"][aria-level="1"]', FALLBACK_DECOYS);
  const links = allIn(main, 'a[href^="mailto:" i]', FALLBACK_DECOYS).flatMap(mailtoOf);
  const labelled = labelledValues([main], EMAIL_LABELS, FALLBACK_DECOYS).flatMap(emailsOf);
  const emails = unique([...links, ...labelled]);
  if (emails.length === 0 || !header) return undefined;
  const name = textOf(header) || titleName(doc);
  const tel = firstIn(main, 'a[href^="tel:" i]', FALLBACK_DECOYS);
  const phone = tel
    ? textOf(tel)
    : textOf(labelledValues([main], PHONE_LABELS, FALLBACK_DECOYS)[0]);
  const person = { emails: emails.slice(0, 3), recordId: ref.recordId, ...(name ? { name } : {}) };
  return { header, person: phone ? { ...person, phone } : person, possible: true };
}

/** Every email the user can see on the page outside the app's own navigation (to pick from). */
export function visibleEmails(doc: Document): string[] {
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
  return unique(found).slice(0, 20);
}
