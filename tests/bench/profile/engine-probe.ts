import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { PhaseTimes } from './engine-phases-entry';

/**
 * Profiling aid: the engine (lib/sync/engine.ts + http-source) bundled on its own, unminified
 * (function names kept for the profiler), run in an extension page of the bench browser on a
 * database of its own, under V8's sampling profiler. Reports the pull (fetch + parse) share and
 * the functions with the most self time.
 */
export interface ProbeReport {
  ms: number;
  pulls: number;
  pullMs: number;
  outcome: unknown;
  /** Self time by function (name @ file), highest first. */
  hot: { fn: string; ms: number; share: number }[];
}

const root = new URL('../../..', import.meta.url).pathname;

/** An entry of this folder bundled for an extension page, unminified (names kept). */
export async function bundle(entry = './engine-probe-entry.ts'): Promise<string> {
  const out = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    alias: { '@': root.replace(/\/$/, '') },
    define: { 'import.meta.env.MODE': '"production"' },
    logLevel: 'silent',
  });
  return `${out.outputFiles[0]?.text ?? ''}\n//# sourceURL=engine-probe.js`;
}

/** esbuild marks each module of an unminified bundle with a `// path` line: line → module. */
function moduleOfLine(code: string): (line: number) => string {
  const starts: { line: number; path: string }[] = [];
  code.split('\n').forEach((text, i) => {
    const m = /^\s*\/\/ ((?:lib|node_modules|tests)\/\S+)$/.exec(text);
    if (m?.[1]) starts.push({ line: i, path: m[1].replace(/^node_modules\//, '') });
  });
  return (line) => {
    let found = '';
    for (const s of starts) {
      if (s.line > line) break;
      found = s.path;
    }
    return found;
  };
}

export async function profileEngine(
  page: Page,
  baseUrl: string,
  token: string,
): Promise<ProbeReport> {
  const code = await bundle();
  const moduleAt = moduleOfLine(code);
  // In the extension, zod's probe for `new Function` fails under the CSP and zod parses without
  // compiled code. Code evaluated through the DevTools protocol passes that probe but not the
  // CSP later, so the probe is made to fail the same way here.
  await page.evaluate(
    'globalThis.Function = new Proxy(Function, { construct() { throw new EvalError("CSP") } })',
  );
  await page.evaluate(code);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await page.evaluate<Omit<ProbeReport, 'hot'>>(
    `globalThis.__benchProbe(${JSON.stringify({ baseUrl, token, dbName: 'bench-probe' })})`,
  );
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  await page.evaluate(
    `new Promise((r) => { indexedDB.deleteDatabase('bench-probe').onsuccess = r; })`,
  );
  const self = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? 0));
  });
  const byFn = new Map<string, number>();
  let total = 0;
  for (const n of profile.nodes) {
    const us = self.get(n.id) ?? 0;
    total += us;
    const f = n.callFrame;
    const where = f.url.endsWith('engine-probe.js') ? moduleAt(f.lineNumber) : f.url;
    const key = `${f.functionName || `(anonymous:${f.lineNumber + 1})`}${where ? ` @ ${where}` : ''}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
  }
  const hot = [...byFn]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([fn, us]) => ({ fn, ms: us / 1000, share: total ? us / total : 0 }));
  return { ...result, hot };
}

/** Times the phases of an initial sync (pull, envelope, applyPage, updateDerived) in the page. */
export async function enginePhases(
  page: Page,
  baseUrl: string,
  token: string,
): Promise<PhaseTimes> {
  await page.evaluate(
    'globalThis.Function = new Proxy(Function, { construct() { throw new EvalError("CSP") } })',
  );
  await page.evaluate(await bundle('./engine-phases-entry.ts'));
  const times = await page.evaluate<PhaseTimes>(
    `globalThis.__benchPhases(${JSON.stringify({ baseUrl, token, dbName: 'bench-phases' })}).catch((e) => { throw new Error(String(e && (e.stack || e.message)) + " / " + String(e && e.inner)); })`,
  );
  return times;
}
