const EMAIL = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:.]+(\.[^\s@<>()[\]",;:.]+)+$/;

/**
 * The key emails are matched on: trimmed, a leading "mailto:" (and any "?subject=…") removed,
 * lower-cased. Plus-addressing is kept distinct on purpose: "ann+crm@x.com" may be a different
 * product account than "ann@x.com". Undefined when the text is not an email address.
 */
export function normaliseEmail(raw: string | undefined | null): string | undefined {
  if (typeof raw !== 'string') return undefined;
  let text = raw.trim();
  if (/^mailto:/i.test(text)) {
    text = text.slice('mailto:'.length);
    const query = text.indexOf('?');
    if (query >= 0) text = text.slice(0, query);
    try {
      text = decodeURIComponent(text);
    } catch {
      // A stray '%' is not an escape; keep the text as written.
    }
    text = text.trim();
  }
  const email = text.toLowerCase();
  return EMAIL.test(email) ? email : undefined;
}
