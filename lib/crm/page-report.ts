import { shadowOf } from './deep-query';

// "Copy page report": the shape of a page we could not read, for the user to send us so an
// adapter can be fixed. Tag names, ids, classes and the NAMES of data-* attributes only: no
// text, no attribute values. Ids and classes are kept only when they look like code names
// (no runs of digits, no @, short), and dropped when they contain a word of the page's title
// or headings, so a name that leaked into a class name does not leak into the report.

const CODE_NAME = /^[a-z_-][\w-]{0,39}$/i;
const SKIP = /^(?:script|style|noscript|template|svg)$/;

/** The structural outline of the page, one element per line, indented by depth. */
export function pageReport(doc: Document, url: URL): string {
  const pageWords = [doc.title, ...[...doc.querySelectorAll('h1, h2, a')].map((a) => a.textContent)]
    .join(' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 2);
  const safe = (token: string) =>
    CODE_NAME.test(token) &&
    !/\d{3}/.test(token) &&
    !pageWords.some((word) => token.toLowerCase().includes(word));
  // The org's own sub-domain and long path parts (ids) are left out.
  const lines = [
    `${url.hostname.split('.').slice(-2).join('.')} ${url.pathname.replace(/[^/]{12,}/g, '…')}`,
  ];
  const walk = (node: ParentNode, indent: string) => {
    for (const el of node.children) {
      if (lines.length > 600 || SKIP.test(el.localName)) continue;
      let line = indent + el.localName;
      if (safe(el.id)) line += `#${el.id}`;
      for (const c of el.classList) if (safe(c)) line += `.${c}`;
      for (const a of el.attributes)
        if (a.name.startsWith('data-') && safe(a.name)) line += `[${a.name}]`;
      lines.push(line);
      const shadow = shadowOf(el);
      if (shadow) {
        lines.push(`${indent}  #shadow-root`);
        walk(shadow, `${indent}    `);
      }
      walk(el, `${indent}  `);
    }
  };
  if (doc.body) walk(doc.body, '');
  return lines.join('\n');
}
