import { isExcluded, textOf } from './dom-text';

export const EMAIL_LABELS = [
  'email',
  'e-mail',
  'email address',
  'emails',
  'email addresses',
  'primary email',
  'secondary email',
  'work email',
];
export const TITLE_LABELS = ['job title', 'title', 'position'];
export const COMPANY_LABELS = [
  'company',
  'company name',
  'account name',
  'account',
  'accounts',
  'organization',
  'organisation',
];
export const PHONE_LABELS = [
  'phone',
  'phone number',
  'phone numbers',
  'mobile',
  'mobile phone',
  'business phone',
];
export const DOMAIN_LABELS = ['domain', 'domains', 'company domain name', 'website', 'websites'];

const normaliseLabel = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s:*]+$/, '')
    .toLowerCase();

/** The element showing the value that belongs to a label element (label/value pairs vary per CRM). */
function valueFor(label: Element): Element | undefined {
  if (label instanceof HTMLLabelElement && label.htmlFor) {
    const target = label.ownerDocument.getElementById(label.htmlFor);
    if (target) return target;
  }
  let el: Element | null = label;
  for (let depth = 0; depth < 4 && el; depth++, el = el.parentElement) {
    const next: Element | null = el.nextElementSibling;
    if (next && (textOf(next) || next.querySelector('input, a[href]'))) return next;
  }
  return undefined;
}

/**
 * Values of the properties labelled with one of `labels` (case-insensitive, exact words) inside
 * `roots`, skipping decoy regions. Labels are matched on text nodes so that any markup works.
 */
export function labelledValues(
  roots: Element[],
  labels: string[],
  exclude: string | undefined,
): Element[] {
  const wanted = new Set(labels);
  const found: Element[] = [];
  for (const root of roots) {
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      if (text.length > 40 || !wanted.has(normaliseLabel(text))) continue;
      const label = node.parentElement;
      if (!label || isExcluded(label, exclude)) continue;
      const value = valueFor(label);
      if (value && !isExcluded(value, exclude)) found.push(value);
    }
  }
  return found;
}
