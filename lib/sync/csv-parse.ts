// RFC 4180 CSV reading with the line numbers people see in their editor, so every problem
// can be reported as "Line N: …". Tolerant where spreadsheets disagree (a UTF-8 BOM, CRLF or
// LF or CR line ends, a missing or extra final line break, blank lines) and strict where the
// data would be silently wrong (an unclosed quote, text after a closing quote).

import { MAX_CSV_FIELD_CHARS } from './csv-decode';

export interface CsvRow {
  /** The file line (1-based) on which the record starts; a quoted value may span lines. */
  line: number;
  fields: string[];
}

export interface CsvParseProblem {
  line: number;
  message: string;
}

export interface CsvParseResult {
  /** Every non-blank record in order, the header first. */
  rows: CsvRow[];
  problems: CsvParseProblem[];
}

const QUOTE = 34;
const COMMA = 44;
const CR = 13;
const LF = 10;

const SEPARATOR = /[,\r\n]/g;

/** Index of the next comma or line break at or after `from` (or the end of the text). */
function nextSeparator(text: string, from: number): number {
  SEPARATOR.lastIndex = from;
  return SEPARATOR.exec(text)?.index ?? text.length;
}

/** Line breaks (CRLF, LF or a lone CR) in text[from, to): only inside quoted values. */
function lineBreaksIn(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || (c === CR && text.charCodeAt(k + 1) !== LF)) count++;
  }
  return count;
}

export function parseCsv(input: string): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: CsvRow[] = [];
  const problems: CsvParseProblem[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let fields: string[] = [];
  let rowLine = 1;
  let quotedRow = false;

  const endRow = () => {
    // A blank line is one empty, unquoted field: skip it rather than call it a short row.
    if (!(fields.length === 1 && fields[0] === '' && !quotedRow))
      rows.push({ line: rowLine, fields });
    fields = [];
  };

  while (i <= n) {
    if (fields.length === 0) {
      rowLine = line;
      quotedRow = false;
      if (i === n) break;
    }
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      quotedRow = true;
      const openLine = line;
      let start = i + 1;
      let parts = '';
      let closed = false;
      for (;;) {
        const q = text.indexOf('"', start);
        if (q < 0) break;
        line += lineBreaksIn(text, start, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          parts += text.slice(start, q + 1);
          start = q + 2;
          continue;
        }
        parts += text.slice(start, q);
        i = q + 1;
        closed = true;
        break;
      }
      if (!closed) {
        problems.push({
          line: openLine,
          message: `Line ${openLine}: a quoted value is never closed (a " is missing)`,
        });
        fields.push(parts + text.slice(start));
        endRow();
        break;
      }
      value = parts;
      const next = text.charCodeAt(i);
      if (i < n && next !== COMMA && next !== CR && next !== LF) {
        problems.push({
          line,
          message: `Line ${line}: unexpected text after a closing quote (write a quote inside a quoted value as "")`,
        });
        const j = nextSeparator(text, i);
        value += text.slice(i, j);
        i = j;
      }
    } else {
      const j = nextSeparator(text, i);
      value = text.slice(i, j);
      i = j;
    }
    if (value.length > MAX_CSV_FIELD_CHARS)
      problems.push({
        line: rowLine,
        message: `Line ${rowLine}: a value is ${value.length.toLocaleString('en-US')} characters long; the import takes at most ${MAX_CSV_FIELD_CHARS.toLocaleString('en-US')} per value`,
      });
    fields.push(value);
    const sep = text.charCodeAt(i);
    if (i >= n) {
      endRow();
      break;
    }
    if (sep === COMMA) {
      i++;
      // A trailing comma at the end of the file still ends with an empty last field.
      if (i === n) {
        fields.push('');
        endRow();
        break;
      }
      continue;
    }
    // A line break: CRLF, LF or a lone CR.
    i += sep === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    endRow();
  }
  return { rows, problems };
}
