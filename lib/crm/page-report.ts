import { shadowOf } from './deep-query';

// "Copy page report": the shape of a page we could not read, for the user to send us so an
// adapter can be fixed. Tag names, ids, classes and the NAMES of data-* attributes only: no
// text, no attribute values. Ids and classes are kept only when they look like code names
// (no digits runs, no @, short), and dropped when they contain a word of the page's own title
// or headings, so a name that leaked into a class name does not leak into the report.

const MAX_LINES = 600;
const MAX_DEPTH = 40;
const CODE_NAME = /^[a-z_-][\w-]{0,39}$/i;
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'link', 'meta']);

function wordsOfPage(doc: Document): string[] {
  const texts = [
    doc.title,
    ...[...doc.querySelectorAll('h1, h2, a[href^="mailto:" i]')].map(
      (el) => `${el.textContent ?? ''} ${el.getAttribute('href') ?? ''}`,
    ),
  ];
  return texts
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3);
}

function safeToken(token: string, pageWords: string[]): boolean {
  if (!CODE_NAME.test(token) || /\d{3,}/.test(token)) return false;
  const lower = token.toLowerCase();
  return !pageWords.some((word) => lower.includes(word));
}

function describe(el: Element, pageWords: string[]): string {
  let line = el.localName;
  if (el.id && safeToken(el.id, pageWords)) line += `#${el.id}`;
  for (const c of el.classList) if (safeToken(c, pageWords)) line += `.${c}`;
  for (const a of el.attributes)
    if (a.name.startsWith('data-') && safeToken(a.name, pageWords)) line += `[${a.name}]`;
  if (el.hasAttribute('hidden') || el.getAttribute('style')?.includes('none')) line += ' (hidden)';
  return line;
}

/** The structural outline of the page, one element per line, indented by depth. */
export function pageReport(doc: Document, url: URL): string {
  const pageWords = wordsOfPage(doc);
  // The org's own sub-domain and long path parts (ids) are left out.
  const site = url.hostname.split('.').slice(-2).join('.');
  const lines = [`${site} ${url.pathname.replace(/[^/]{12,}/g, '…')}`];
  const walk = (node: ParentNode, depth: number) => {
    for (const el of node.children) {
      if (lines.length >= MAX_LINES || SKIP.has(el.localName)) continue;
      lines.push(`${'  '.repeat(depth)}${describe(el, pageWords)}`);
      const shadow = shadowOf(el);
      if (shadow && depth < MAX_DEPTH) {
        lines.push(`${'  '.repeat(depth + 1)}#shadow-root`);
        walk(shadow, depth + 2);
      }
      if (depth < MAX_DEPTH) walk(el, depth + 1);
    }
  };
  if (doc.body) walk(doc.body, 0);
  if (lines.length >= MAX_LINES) lines.push('… (cut)');
  return lines.join('\n');
}
