import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR } from './harness/firefox';

// AMO's linter on the built Firefox add-on: no errors, and no warning of ours. The only
// warnings allowed are these third-party ones, each recognised by the code it points at
// (README, "Firefox", says why each is harmless).

const THIRD_PARTY = [
  // zod 4 probes whether eval is allowed (our CSP says no, so it takes the plain path).
  { code: 'DANGEROUS_EVAL', snippet: 'try{return Function(``),!0}catch{return!1}' },
  // decimal.js-light (in Recharts) finds the global object when `self` is missing.
  { code: 'DANGEROUS_EVAL', snippet: 'Function(`return this`)()' },
  // React DOM's dangerouslySetInnerHTML, which our code never uses (Biome forbids it).
  { code: 'UNSAFE_VAR_ASSIGNMENT', snippet: 'e.innerHTML=n' },
];

interface LintMessage {
  code: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

/** The code the linter points at, around its line and column. */
function codeAt(m: LintMessage): string {
  if (!m.file || !m.line) return '';
  const line = readFileSync(join(FIREFOX_EXTENSION_DIR, m.file), 'utf8').split('\n')[m.line - 1];
  const at = m.column ?? 0;
  return line?.slice(Math.max(0, at - 200), at + 200) ?? '';
}

describe('web-ext lint of the Firefox build', () => {
  it('finds no errors and no warnings of ours', async () => {
    const bin = new URL('../../node_modules/web-ext/bin/web-ext.js', import.meta.url).pathname;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [bin, 'lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json', '--no-input'],
      { maxBuffer: 16 * 1024 * 1024 },
    ).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
    const report = JSON.parse(stdout) as {
      errors: LintMessage[];
      warnings: LintMessage[];
      notices: LintMessage[];
    };
    expect(report.errors).toEqual([]);
    const ours = report.warnings.filter(
      (w) => !THIRD_PARTY.some((t) => t.code === w.code && codeAt(w).includes(t.snippet)),
    );
    expect(ours.map((w) => `${w.code} ${w.file ?? ''}: ${w.message}`)).toEqual([]);
  }, 300_000); // The linter takes over a minute on two busy cores.
});
