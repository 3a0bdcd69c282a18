import { describeIssue, entitySchemas } from '../../protocol/schemas';
import { upsert, type WireChange } from '../../protocol/wire-change';
import { type CsvRow, parseCsv } from '../../sync/csv-parse';
import type { Row } from '../store/changes';
import type { ImportResult } from './import-common';

// Roles, personas and cadences: a JSON array of records, or CSV with the field names as header.

const FIELDS: Record<string, string[]> = {
  role: ['id', 'name', 'description'],
  persona: ['id', 'name', 'description'],
  cadence: ['id', 'name', 'scope', 'tags', 'description', 'stepCount'],
};

/**
 * roles, personas or cadences from JSON (an array) or CSV (header: the field names), each
 * record validated as the extension would; one bad record and nothing is imported. A record
 * replaces the stored one whole (cadences default to scope "team" and no tags).
 */
export function taxonomyChanges(type: 'role' | 'persona' | 'cadence', text: string): ImportResult {
  const fail = (problems: string[]): ImportResult => ({
    ok: false,
    problems: problems.slice(0, 50),
    total: problems.length,
  });
  // Each record with how to name it in a message.
  let records: { rec: Row; where: string }[];
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (e) {
      return fail([`not valid JSON: ${(e as Error).message}`]);
    }
    if (!Array.isArray(json)) return fail(['the JSON must be an array of records']);
    records = json.map((rec, i) => ({ rec: rec as Row, where: `record ${i + 1}` }));
  } else {
    const parsed = parseCsv(text);
    if (parsed.problems.length) return fail(parsed.problems.map((p) => p.message));
    const [head, ...body] = parsed.rows as [CsvRow | undefined, ...CsvRow[]];
    const columns =
      head?.fields.map((f) => f.trim().replace(/_(\w)/g, (_, c: string) => c.toUpperCase())) ?? [];
    const unknown = columns.filter((c) => !(FIELDS[type] ?? []).includes(c));
    if (unknown.length)
      return fail([
        `Line 1: unknown column(s) ${unknown.join(', ')} (expected ${(FIELDS[type] ?? []).join(', ')})`,
      ]);
    const problems: string[] = [];
    records = body.map((row) => {
      if (row.fields.length !== columns.length)
        problems.push(
          `Line ${row.line}: has ${row.fields.length} values but the header has ${columns.length} columns (a value containing a comma must be in double quotes)`,
        );
      const rec: Row = {};
      columns.forEach((c, i) => {
        const v = row.fields[i]?.trim() ?? '';
        if (v === '') return;
        rec[c] =
          c === 'tags'
            ? v
                .split(/[;|]/)
                .map((t) => t.trim())
                .filter(Boolean)
            : c === 'stepCount'
              ? Number(v)
              : v;
      });
      return { rec, where: `Line ${row.line}` };
    });
    if (problems.length) return fail(problems);
  }
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const changes: WireChange[] = [];
  for (const { rec, where } of records) {
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
      problems.push(`${where}: not an object`);
      continue;
    }
    if (typeof rec.id !== 'string' || !rec.id || typeof rec.name !== 'string' || !rec.name) {
      problems.push(`${where}: needs an id and a name`);
      continue;
    }
    const seen = ids.get(rec.id);
    if (seen) problems.push(`${where}: id "${rec.id}" is already used (${seen})`);
    else ids.set(rec.id, where);
    const data = type === 'cadence' ? { scope: 'team', tags: [], ...rec } : rec;
    const parsed = entitySchemas[type].safeParse(data);
    if (!parsed.success) problems.push(`${where}: ${describeIssue(type, parsed.error)}`);
    else changes.push(upsert(type, parsed.data));
  }
  if (problems.length) return fail(problems);
  return { ok: true, changes };
}
