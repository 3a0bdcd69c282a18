// The bytes of a chosen CSV file as text. Spreadsheets export UTF-8 (with or without a BOM),
// UTF-16 ("Unicode text") or, on Windows, Windows-1252; guessing UTF-8 for all of them turned
// "José Müller" into "Jos� M�ller" with no warning. Decoding is strict: the encoding used is
// reported, and bytes that fit none of them are an error in words, never replacement marks.

export type CsvEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

/** Largest file the import accepts, and the longest value in one cell. */
const MAX_CSV_FILE_BYTES = 200 * 1024 * 1024;
export const MAX_CSV_FIELD_CHARS = 10_000;

class CsvDecodeError extends Error {
  override name = 'CsvDecodeError';
}

const strict = (label: string, bytes: Uint8Array) =>
  new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);

/** Without a BOM, UTF-16 text of mostly Latin characters has a zero in every other byte. */
function utf16Without(bytes: Uint8Array): CsvEncoding | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  if (oddZeros > half * 0.4 && evenZeros < half * 0.05) return 'UTF-16LE';
  if (evenZeros > half * 0.4 && oddZeros < half * 0.05) return 'UTF-16BE';
  return undefined;
}

export function decodeCsvBytes(bytes: Uint8Array, fileName = 'The file'): DecodedCsv {
  if (bytes.length > MAX_CSV_FILE_BYTES)
    throw new CsvDecodeError(
      `${fileName} is ${Math.round(bytes.length / 1024 / 1024)} MB; the import takes files up to ${MAX_CSV_FILE_BYTES / 1024 / 1024} MB. Split it, or import fewer events.`,
    );
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  let encoding: CsvEncoding | undefined;
  if (a === 0xef && b === 0xbb && c === 0xbf) encoding = 'UTF-8';
  else if (a === 0xff && b === 0xfe) encoding = 'UTF-16LE';
  else if (a === 0xfe && b === 0xff) encoding = 'UTF-16BE';
  else encoding = utf16Without(bytes);
  if (encoding) {
    try {
      return { text: strict(encoding.toLowerCase(), bytes), encoding };
    } catch {
      throw new CsvDecodeError(
        `${fileName} looks like ${encoding} text but has bytes that are not valid ${encoding}. Save it again as CSV UTF-8.`,
      );
    }
  }
  try {
    return { text: strict('utf-8', bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: every byte is a character in Windows-1252 (Excel's "CSV" on Windows).
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}
