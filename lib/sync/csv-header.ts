import type { CsvFile, ProblemList } from './csv-problems';

export interface HeaderSpec {
  known: readonly string[];
  /** Each entry is satisfied by any one of its columns (e.g. `user_id` or `email`). */
  required: readonly (readonly string[])[];
  allowCustom: boolean;
}

export interface Header {
  /** Known column → its position. */
  columns: Map<string, number>;
  custom: { name: string; index: number }[];
  width: number;
  /** False when a required column is missing: the rows cannot be read meaningfully. */
  usable: boolean;
}

const CUSTOM = /^custom:/i;

/** Reads a header row (names trimmed, case-insensitive) and reports every header problem. */
export function checkHeader(
  fields: string[],
  line: number,
  spec: HeaderSpec,
  file: CsvFile,
  problems: ProblemList,
): Header {
  const columns = new Map<string, number>();
  const custom: Header['custom'] = [];
  const seen = new Map<string, number>();
  fields.forEach((raw, index) => {
    const name = raw.trim();
    const key = CUSTOM.test(name) ? `custom:${name.slice(7).trim()}` : name.toLowerCase();
    if (name === '') {
      problems.add(file, line, `column ${index + 1} has no name`);
      return;
    }
    if (seen.has(key)) {
      problems.add(file, line, `column "${name}" appears twice`);
      return;
    }
    seen.set(key, index);
    if (key.startsWith('custom:') && spec.allowCustom) {
      const fieldName = key.slice(7);
      if (fieldName === '')
        problems.add(file, line, `column "${name}" needs a name after "custom:"`);
      else custom.push({ name: fieldName, index });
    } else if (spec.known.includes(key)) columns.set(key, index);
    else {
      const extra = spec.allowCustom ? ', or custom:<name> for a custom field' : '';
      problems.add(
        file,
        line,
        `unknown column "${name}" (expected ${spec.known.join(', ')}${extra})`,
      );
    }
  });
  let usable = true;
  for (const options of spec.required) {
    if (options.some((c) => columns.has(c))) continue;
    usable = false;
    const what = options.map((c) => `"${c}"`).join(' or ');
    problems.add(file, line, `missing required column ${what}`);
  }
  return { columns, custom, width: fields.length, usable };
}
