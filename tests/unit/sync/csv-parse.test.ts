import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/sync/csv-parse';

const fieldsOf = (text: string) => parseCsv(text).rows.map((r) => r.fields);
const linesOf = (text: string) => parseCsv(text).rows.map((r) => r.line);

describe('parseCsv', () => {
  it('reads plain rows with their line numbers', () => {
    const { rows, problems } = parseCsv('a,b,c\n1,2,3\n4,5,6');
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', '2', '3'] },
      { line: 3, fields: ['4', '5', '6'] },
    ]);
  });

  it('reads quoted values with commas, doubled quotes and empty values', () => {
    expect(fieldsOf('"Smith, Jo","say ""hi""","",x\n')).toEqual([
      ['Smith, Jo', 'say "hi"', '', 'x'],
    ]);
    expect(fieldsOf('a,,c\n,,\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  it('keeps line breaks inside quotes and the file line numbers of later rows', () => {
    const text = 'id,note\n1,"first line\nsecond line\r\nthird"\n2,plain\n3,"x"';
    expect(parseCsv(text).rows).toEqual([
      { line: 1, fields: ['id', 'note'] },
      { line: 2, fields: ['1', 'first line\nsecond line\r\nthird'] },
      { line: 5, fields: ['2', 'plain'] },
      { line: 6, fields: ['3', 'x'] },
    ]);
  });

  it('accepts a UTF-8 BOM, CRLF, lone CR and a final line break or none', () => {
    const expected = [
      ['id', 'name'],
      ['1', 'Zoë'],
    ];
    expect(fieldsOf('\uFEFFid,name\r\n1,Zoë\r\n')).toEqual(expected);
    expect(fieldsOf('id,name\r1,Zoë')).toEqual(expected);
    expect(fieldsOf('id,name\n1,Zoë\n\n')).toEqual(expected);
    expect(parseCsv('\uFEFF"id",name\n1,x').rows[0]?.fields).toEqual(['id', 'name']);
  });

  it('skips blank lines but counts them in line numbers', () => {
    expect(linesOf('a\n\n1\r\n\r\n2\n')).toEqual([1, 3, 5]);
  });

  it('keeps a trailing comma as an empty last value', () => {
    expect(fieldsOf('a,b,\n1,2,')).toEqual([
      ['a', 'b', ''],
      ['1', '2', ''],
    ]);
  });

  it('reports a quote that is never closed, at the line where it opened', () => {
    const { problems } = parseCsv('id,title\n1,ok\n2,"broken\n3,never closed\n');
    expect(problems).toEqual([
      { line: 3, message: 'Line 3: a quoted value is never closed (a " is missing)' },
    ]);
  });

  it('reports text after a closing quote', () => {
    const { problems, rows } = parseCsv('a,b\n"x"y,2\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^Line 2: unexpected text after a closing quote/);
    expect(rows[1]?.fields).toEqual(['xy', '2']);
  });

  it('reads back any table it is given in RFC 4180 form (property)', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r\n', 'é', '1'),
    });
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((w) =>
        fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 8 }),
      );
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), (rows, eol) => {
        const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
        const text = rows.map((r) => r.map(quote).join(',')).join(eol);
        const parsed = parseCsv(text);
        expect(parsed.problems).toEqual([]);
        expect(parsed.rows.map((r) => r.fields)).toEqual(rows);
        // Each row starts on the line after the previous row's last line.
        let line = 1;
        parsed.rows.forEach((r, k) => {
          expect(r.line).toBe(line);
          line += (rows[k]?.join('').match(/\r\n|\n/g)?.length ?? 0) + 1;
        });
      }),
    );
  });
});
