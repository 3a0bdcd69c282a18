import { writeFileSync } from 'node:fs';
import { settleIndexedDb } from '../idb-settle';
import { incrementalSyncRun } from '../incremental-sync';
import { endTrace, startTrace } from './chromium-trace';
import { IDB_REQUEST_LOGGER, type IdbRequestEntry } from './idb-request-log';
import { syncedProbe } from './probe-setup';

// Profiling aid: `npx tsx tests/bench/profile/incremental-worker-probe.ts [users] [events] [--no-raw] [--trace FILE]`
// (needs .output-bench from `npm run bench`). The bench's own incremental sync in the real
// service worker, with every IndexedDB request the worker makes logged: which store or index,
// how long it waited and how many rows it returned. incremental-probe.ts times the engine's
// functions in a page; this shows what the worker does beyond them. `--no-raw` skips the
// bench's raw IndexedDB copy after the initial sync (its 1M-row database, written and deleted in
// the same origin) to see whether its aftermath is what the incremental syncs wait for.
// `--trace FILE` records a Chromium trace (IndexedDB, LevelDB, V8, the worker's tasks) of the
// incremental syncs into FILE, and the worker's request log beside it (FILE.requests.json).

const users = Number(process.argv[2] ?? 20_000);
const events = Number(process.argv[3] ?? 1_000_000);
const raw = !process.argv.includes('--no-raw');
const traceAt = process.argv.indexOf('--trace');
const traceFile = traceAt > 0 ? process.argv[traceAt + 1] : undefined;
const probe = await syncedProbe({ users, events, raw, timeoutMs: 1_800_000 });
const { browser, page, server } = probe;
console.log('settle', await settleIndexedDb(page));
const worker = browser.context.serviceWorkers()[0];
if (!worker) throw new Error('no service worker');
await worker.evaluate(IDB_REQUEST_LOGGER);
const cdp = traceFile ? await browser.context.newCDPSession(page) : undefined;
if (cdp) await startTrace(cdp);
const allLogs: IdbRequestEntry[][] = [];
for (let i = 0; i < 3; i++) {
  await worker.evaluate('self.__idb.length = 0');
  const ms = await incrementalSyncRun(page, server, 1000, 600_000);
  const log = (await worker.evaluate('self.__idb')) as IdbRequestEntry[];
  allLogs.push(log);
  console.log(`incremental ${i + 1}: ${ms} ms, ${log.length} worker requests`);
  // Per kind of request: how many, rows returned, summed and longest wait.
  const byWhat = new Map<string, { n: number; rows: number; sum: number; max: number }>();
  for (const [, waited, what, rows] of log) {
    const k = byWhat.get(what) ?? { n: 0, rows: 0, sum: 0, max: 0 };
    k.n++;
    k.rows += rows === '' ? 0 : rows;
    k.sum += waited;
    k.max = Math.max(k.max, waited);
    byWhat.set(what, k);
  }
  for (const [what, k] of [...byWhat].sort((a, b) => b[1].sum - a[1].sum).slice(0, 15))
    console.log(
      `  ${what.padEnd(40)} ×${String(k.n).padStart(5)} rows ${String(k.rows).padStart(7)} waited Σ ${k.sum.toFixed(0).padStart(6)} ms, max ${k.max.toFixed(0)} ms`,
    );
  const first = log[0]?.[0] ?? 0;
  const last = log.reduce((m, [t, w]) => Math.max(m, t + w), first);
  console.log(`  first to last request: ${(last - first).toFixed(0)} ms`);
}
if (cdp && traceFile) {
  await endTrace(cdp, traceFile);
  writeFileSync(`${traceFile}.requests.json`, JSON.stringify(allLogs));
  console.log(`trace: ${traceFile}`);
}
await probe.finish();
