import type { DetectedAccount, DetectedPerson } from '../messaging/tab-detection';
import type { CrmAdapter, RecordExtraction, RecordLayout, RecordRef } from './adapter';
import { queryDeep } from './deep-query';
import { allIn, firstIn, isExcluded, textOf } from './dom-text';
import { emailsOf } from './email-text';
import {
  COMPANY_LABELS,
  DOMAIN_LABELS,
  EMAIL_LABELS,
  labelledValues,
  PHONE_LABELS,
  TITLE_LABELS,
} from './labelled-value';
import { notOwn, ownEmails } from './own-emails';

// Nothing outside the record's own container is read, and within it decoy regions are skipped.
// When the record shows no email we say so instead of taking some other address on the page.

function pickRoot(doc: Document, layout: RecordLayout, ref: RecordRef): Element | undefined {
  if (!layout.root) return doc.body ?? undefined;
  // `{id}` lets a layout pick the one record container among several (e.g. a contact card).
  const selector = layout.root.replaceAll('{id}', ref.recordId.replace(/[^\w.-]/g, ''));
  return queryDeep(doc, selector).find((el) => !isExcluded(el, undefined));
}

// What some headers append to the name: the form's save state ("Olivia Martin- Saved").
const SAVE_STATE =
  /\s*[-–—]\s*(?:(?:un)?saved|saving|gespeichert|enregistré|guardado|salvo|opgeslagen|salvato|保存済み)$/i;

/** The record's name as the header shows it, without save-state noise. */
function cleanName(header: Element, attr?: string): string {
  const raw = (attr && header.getAttribute(attr)?.trim()) || textOf(header);
  return raw.replace(SAVE_STATE, '').trim();
}

// What CRMs show in an empty field.
const PLACEHOLDER = /^(?:-+|—|n\/a|none|unknown|empty|(?:click to )?add\b.*)$/i;

const present = (text: string) => (text && !PLACEHOLDER.test(text) ? text : undefined);

/** A property: the layout's own selector anywhere in the record, else a labelled field. */
function valueText(
  root: Element,
  fieldRoots: Element[],
  selector: string | undefined,
  labels: string[],
  exclude: string | undefined,
): string | undefined {
  const direct = present(textOf(firstIn(root, selector, exclude)));
  if (direct) return direct;
  for (const el of labelledValues(fieldRoots, labels, exclude)) {
    const text = present(textOf(el));
    if (text) return text;
  }
  return undefined;
}

// A phone number as written, without the label glued to it ("+49 30 901820Work", "… (Work)").
const PHONE = /\+?\(?\d[\d\s()./-]{4,}\d/;

const phoneOf = (text: string | undefined) => (text && PHONE.exec(text)?.[0]) || text;

function uniqueEmails(elements: Element[]): string[] {
  const seen = new Map<string, string>();
  for (const el of elements)
    for (const email of emailsOf(el))
      if (!seen.has(email.toLowerCase())) seen.set(email.toLowerCase(), email);
  return [...seen.values()];
}

function domainOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const host = value
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .split(/[/?#\s]/)[0];
  return host && /^[a-z0-9.-]+\.[a-z]{2,}$/.test(host) ? host : undefined;
}

function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[])
    if (value[key] === undefined) delete value[key];
  return value;
}

/** Extracts the record with one layout; undefined while that layout's header is not there. */
function extractWithLayout(
  doc: Document,
  layout: RecordLayout,
  ref: RecordRef,
  own: Set<string>,
): RecordExtraction | undefined {
  const root = pickRoot(doc, layout, ref);
  if (!root) return undefined;
  const { exclude } = layout;
  const header = firstIn(root, layout.header, exclude);
  const name = header ? cleanName(header, layout.nameAttr) : '';
  if (!header || !name) return undefined;
  const fieldRoots = layout.fields ? allIn(root, layout.fields, exclude) : [root];
  const roots = fieldRoots.length > 0 ? fieldRoots : [root];

  if (ref.kind === 'account') {
    const domain = domainOf(valueText(root, roots, layout.domain, DOMAIN_LABELS, exclude));
    const account: DetectedAccount = compact({ name, domain, recordId: ref.recordId });
    return { header, account };
  }
  const direct = layout.email ? allIn(root, layout.email, exclude) : [];
  const emails = notOwn(
    uniqueEmails([...direct, ...labelledValues(roots, EMAIL_LABELS, exclude)]),
    own,
  );
  const person: DetectedPerson = compact({
    emails,
    name,
    title: valueText(root, roots, layout.title, TITLE_LABELS, exclude),
    company: valueText(root, roots, layout.company, COMPANY_LABELS, exclude),
    phone: phoneOf(valueText(root, roots, layout.phone, PHONE_LABELS, exclude)),
    recordId: ref.recordId,
  });
  return { header, person, noEmail: emails.length === 0 };
}

/**
 * Tries the adapter's layouts for this kind of record in order. The rep's own address (where
 * the adapter's `self` shows it) is never taken for the record's.
 */
export function extractRecord(
  doc: Document,
  { layouts, self }: Pick<CrmAdapter, 'layouts' | 'self'>,
  ref: RecordRef,
): RecordExtraction | undefined {
  const own = ownEmails(doc, self);
  for (const layout of (ref.kind === 'account' && layouts.account) || layouts.contact) {
    const found = extractWithLayout(doc, layout, ref, own);
    if (found) return found;
  }
  return undefined;
}
