import type { Page, Worker } from 'playwright-core';
import { navigateAndTime, openCrmSession } from '../detection-latency';
import { IDB_REQUEST_LOGGER, type IdbRequestEntry } from './idb-request-log';
import { syncedProbe } from './probe-setup';

// Profiling aid: `npx tsx tests/bench/profile/nav-probe.ts [users] [events]` (needs
// `npm run bench` to have built .output-bench). Syncs the bench workspace, then for a few CRM
// navigations prints, against the URL change, every IndexedDB request of the worker (W) and of
// the panel (P) with how long it waited for its answer, and the worker's storage.session
// writes: where "CRM navigation → panel shows the person" spends its time.

const users = Number(process.argv[2] ?? 20_000);
const events = Number(process.argv[3] ?? 200_000);
const probe = await syncedProbe({ users, events, raw: true });
const { browser } = probe;
const session = await openCrmSession(browser, 60_000);
const worker = browser.context.serviceWorkers()[0];
if (!worker) throw new Error('no service worker');
const run = (c: Page | Worker, code: string): Promise<unknown> =>
  'goto' in c ? c.evaluate(code) : c.evaluate(code);
const contexts: [string, Page | Worker][] = [
  ['W', worker],
  ['P', session.panel],
];
for (const [, c] of contexts) await run(c, IDB_REQUEST_LOGGER);
for (let i = 0; i < 6; i++) {
  for (const [, c] of contexts) await run(c, 'self.__idb.length = 0');
  const sample = await navigateAndTime(session);
  const navAt = await session.crm.evaluate<number>('window.__benchNavAt');
  console.log(`navigation ${i + 1}: ${sample.totalMs.toFixed(0)} ms to the panel`);
  const lines: [number, string][] = [];
  for (const [who, c] of contexts)
    for (const [t, waited, what] of (await run(c, 'self.__idb')) as IdbRequestEntry[])
      lines.push([t - navAt, `${who} +${waited.toFixed(0).padStart(5)} ms ${what}`]);
  for (const [t, line] of lines.sort((a, b) => a[0] - b[0]))
    console.log(`  ${t.toFixed(0).padStart(6)} ms ${line}`);
}
await probe.finish();
