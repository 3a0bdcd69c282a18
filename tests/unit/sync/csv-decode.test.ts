import { describe, expect, it } from 'vitest';
import { runCsvCheck } from '@/lib/options/csv-check-job';
import { decodeCsvBytes, MAX_CSV_FIELD_CHARS } from '@/lib/sync/csv-decode';
import { parseCsv } from '@/lib/sync/csv-parse';

// Issue #12: CSV files are not all UTF-8. Detect the common encodings, decode strictly, and
// say which one was used; oversized values are a clear problem, not a frozen page.

const TEXT = 'id,email,first_name,last_name\nu1,jose@x.example,José,Müller\n';
const utf16le = (s: string, bom: boolean) => {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[(bom ? 2 : 0) + i * 2] = s.charCodeAt(i) & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};
const utf16be = (s: string) => {
  const le = utf16le(s, false);
  const out = new Uint8Array(le.length + 2);
  out.set([0xfe, 0xff]);
  for (let i = 0; i < le.length; i += 2) {
    out[2 + i] = le[i + 1] ?? 0;
    out[3 + i] = le[i] ?? 0;
  }
  return out;
};
// Windows-1252: é = 0xE9, ü = 0xFC (not valid UTF-8 on their own).
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe('decodeCsvBytes', () => {
  it('reads a Windows-1252 export from Excel as such, and says so', () => {
    expect(decodeCsvBytes(cp1252(TEXT))).toEqual({ text: TEXT, encoding: 'Windows-1252' });
  });

  it('reads UTF-8 with or without a BOM', () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeCsvBytes(bytes)).toEqual({ text: TEXT, encoding: 'UTF-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeCsvBytes(withBom)).toEqual({ text: TEXT, encoding: 'UTF-8' });
  });

  it('reads UTF-16 ("Unicode text") with a BOM either way round, and without one', () => {
    expect(decodeCsvBytes(utf16le(TEXT, true))).toEqual({ text: TEXT, encoding: 'UTF-16LE' });
    expect(decodeCsvBytes(utf16be(TEXT))).toEqual({ text: TEXT, encoding: 'UTF-16BE' });
    expect(decodeCsvBytes(utf16le(TEXT, false))).toEqual({ text: TEXT, encoding: 'UTF-16LE' });
  });

  it('refuses UTF-16 that is not valid, in words, instead of replacement marks', () => {
    const broken = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]);
    expect(() => decodeCsvBytes(broken, 'users.csv')).toThrow(
      /users\.csv looks like UTF-16LE text but has bytes that are not valid/,
    );
  });

  it('the check job reports the encodings and imports the right names', () => {
    const outcome = runCsvCheck({ users: { name: 'u.csv', bytes: cp1252(`${TEXT}`).buffer } });
    expect(outcome).toMatchObject({ ok: true, encodings: { users: 'Windows-1252' } });
    if (outcome.ok && outcome.result.ok)
      expect(outcome.result.data.users[0]).toMatchObject({ firstName: 'José', lastName: 'Müller' });
    else throw new Error('expected a clean check');
  });
});

describe('CSV size limits', () => {
  it('reports a value over the field limit with its line', () => {
    const big = 'x'.repeat(MAX_CSV_FIELD_CHARS + 1);
    const { problems } = parseCsv(`id,title\nu1,ok\nu2,${big}\n`);
    expect(problems).toEqual([
      { line: 3, message: expect.stringMatching(/^Line 3: a value is 10,001 characters long/) },
    ]);
  });
});
