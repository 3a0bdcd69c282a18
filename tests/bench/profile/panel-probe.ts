import { CONTACT_A, CONTACT_B } from '../crm-bench-page';
import { navigateAndTime, openCrmSession } from '../detection-latency';
import { settleIndexedDb } from '../idb-settle';
import { endTrace, startTrace } from './chromium-trace';
import { syncedProbe } from './probe-setup';
import { formatThreadTime, readTrace } from './trace-summary';

// Profiling aid: `npx tsx tests/bench/profile/panel-probe.ts [users] [events] [samples]` (needs
// .output-bench from `npm run bench`). Traces the bench's CRM navigations and panel cold opens
// and prints, for each, what the main thread of the extension's pages did between the two
// moments (script, compile, style and layout, paint, GC, IndexedDB callbacks, idle), marked in
// the trace itself with console.timeStamp: the URL change (pushState in the CRM page) or the
// cold panel's first script, and the person's heading in the panel's DOM.

const users = Number(process.argv[2] ?? 20_000);
const events = Number(process.argv[3] ?? 200_000);
const samples = Number(process.argv[4] ?? 8);
const traceFile = '/tmp/panel-probe.trace.json';
const probe = await syncedProbe({ users, events });
const { browser, page } = probe;
console.log('settle', await settleIndexedDb(page));
const session = await openCrmSession(browser, 60_000);

// Marks in the trace's own clock: no mapping between clocks needed.
const NAMES = JSON.stringify([CONTACT_A.name, CONTACT_B.name]);
const HEADING_MARK = `(() => {
  const names = ${NAMES};
  let shown = '';
  const check = () => {
    const h = Array.from(document.querySelectorAll('h1')).find((x) => names.includes(x.textContent?.trim() ?? ''));
    const now = h?.textContent?.trim() ?? '';
    if (now && now !== shown) console.timeStamp('probe:heading');
    shown = now;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  check();
})()`;
await session.panel.evaluate(HEADING_MARK);
await session.crm.evaluate(`(() => {
  const push = history.pushState.bind(history);
  history.pushState = (...a) => { console.timeStamp('probe:start'); return push(...a); };
})()`);

const cdp = await browser.context.newCDPSession(page);
await startTrace(cdp);
const navMs: number[] = [];
for (let i = 0; i < samples; i++) navMs.push((await navigateAndTime(session)).totalMs);
const coldMs: number[] = [];
for (let i = 0; i < samples; i++) {
  const cold = await browser.context.newPage();
  await cold.addInitScript({
    content: `console.timeStamp('probe:start'); window.__probeStartAt = performance.now(); ${HEADING_MARK}`,
  });
  await cold.goto(
    `chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${session.tabId}`,
  );
  await cold.getByRole('heading', { level: 1, name: session.current.name }).waitFor();
  coldMs.push(await cold.evaluate<number>('window.__probeStartAt'));
  await cold.close();
}
await endTrace(cdp, traceFile);

const trace = readTrace(traceFile);
const marks = trace.events
  .filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message).startsWith('probe:'))
  .sort((a, b) => a.ts - b.ts);
let n = 0;
for (let i = 0; i + 1 < marks.length; i++) {
  const [a, b] = [marks[i], marks[i + 1]];
  if (a?.args?.data?.message !== 'probe:start' || b?.args?.data?.message !== 'probe:heading')
    continue;
  const what = n < samples ? `navigation ${n + 1}` : `cold open ${n - samples + 1}`;
  const extra =
    n < samples
      ? `(bench clock ${navMs[n]?.toFixed(0)} ms)`
      : `(first script at ${coldMs[n - samples]?.toFixed(0)} ms after navigation start)`;
  const ms = (b.ts - a.ts) / 1000;
  console.log(`${what}: ${ms.toFixed(1)} ms to the heading ${extra}`);
  // The heading's mark is made in the panel page: its process's main thread.
  console.log(`  panel's main thread: ${formatThreadTime(trace.mainThread(b.pid, a.ts, b.ts))}`);
  n++;
}
console.log(`trace: ${traceFile}`);
await probe.finish();
