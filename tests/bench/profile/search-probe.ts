import { writeFileSync } from 'node:fs';
import { SEARCH_PREFIXES, uiSearch } from '../search-latency';
import { endTrace, startTrace } from './chromium-trace';
import { IDB_REQUEST_LOGGER, type IdbRequestEntry } from './idb-request-log';
import { syncedProbe } from './probe-setup';

// Profiling aid: `npx tsx tests/bench/profile/search-probe.ts [users] [events] [--trace FILE]` (needs
// .output-bench from `npm run bench`). The bench's "Search users" samples in a panel page, each
// printed with the panel's IndexedDB requests against the keystroke, and the moment the
// results were in the DOM: how much of "keystroke → results shown" is storage, how much is
// the wait before the first read and after the last.

const users = Number(process.argv[2] ?? 20_000);
const events = Number(process.argv[3] ?? 20_000);
const traceAt = process.argv.indexOf('--trace');
const traceFile = traceAt > 0 ? process.argv[traceAt + 1] : undefined;
const probe = await syncedProbe({ users, events });
const { browser } = probe;
const panel = await browser.openExtensionPage('sidepanel.html');
await panel.getByLabel('Search users').waitFor({ timeout: 30_000 });
await panel.evaluate(IDB_REQUEST_LOGGER);
const cdp = traceFile ? await browser.context.newCDPSession(panel) : undefined;
if (cdp) await startTrace(cdp);
const samples: [string, number, number][] = [];
for (const prefix of SEARCH_PREFIXES.slice(0, 12)) {
  await panel.evaluate('self.__idb.length = 0');
  const ms = await uiSearch(panel, prefix);
  const at = await panel.evaluate<number>('self.__searchAt');
  const log = (await panel.evaluate('self.__idb')) as IdbRequestEntry[];
  console.log(`"${prefix}": ${ms.toFixed(1)} ms to the results`);
  samples.push([prefix, at, ms]);
  // Runs of the same request (a bulk get is one request per key) as one line.
  const runs: { what: string; from: number; to: number; n: number; rows: number }[] = [];
  for (const [t, waited, what, rows] of log.filter(([t]) => t >= at)) {
    const last = runs[runs.length - 1];
    if (last?.what === what) {
      last.to = Math.max(last.to, t + waited - at);
      last.n++;
      last.rows += Number(rows || 0);
    } else runs.push({ what, from: t - at, to: t + waited - at, n: 1, rows: Number(rows || 0) });
  }
  for (const r of runs)
    console.log(
      `  ${r.from.toFixed(1).padStart(6)} → ${r.to.toFixed(1).padStart(6)} ms  ${r.what} ×${r.n}${r.rows ? ` (${r.rows} rows)` : ''}`,
    );
}
if (cdp && traceFile) {
  await endTrace(cdp, traceFile);
  // The samples' windows (ms since the epoch, as the trace's clock is not): for reading it.
  writeFileSync(`${traceFile}.samples.json`, JSON.stringify(samples));
  console.log(`trace: ${traceFile}`);
}
await probe.finish();
