import type { Note } from '../domain/types';

const NOTES_CSV_HEADER = [
  'id',
  'type',
  'title',
  'body',
  'author',
  'user_id',
  'user_email',
  'account_id',
  'created_at',
  'updated_at',
] as const;

// A spreadsheet runs a cell as a formula when it starts with = + - @ (or a tab, CR or LF that
// it strips), also after leading spaces, and Excel maps the full-width forms (＝ ＋ － ＠) to
// the same characters.
const FORMULA_START = /^[ \u00a0\u3000]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;

/**
 * RFC 4180 field: quoted when it holds a comma, quote or line break. A cell that could start a
 * formula gets a leading ' so a spreadsheet opening the export never runs a note's text.
 */
export function csvField(value: string | undefined): string {
  let text = value ?? '';
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Notes as a CSV file (CRLF line ends, header first), oldest first. */
export function notesToCsv(notes: Note[], emailOf: (userId: string) => string | undefined): string {
  const sorted = [...notes].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const rows = sorted.map((n) =>
    [
      n.id,
      n.type,
      n.title,
      n.body,
      n.author,
      n.userId,
      n.userId ? emailOf(n.userId) : undefined,
      n.accountId,
      n.createdAt,
      n.updatedAt,
    ]
      .map(csvField)
      .join(','),
  );
  return `${[NOTES_CSV_HEADER.join(','), ...rows].join('\r\n')}\r\n`;
}
