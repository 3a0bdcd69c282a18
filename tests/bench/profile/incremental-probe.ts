import { join, resolve } from 'node:path';
import { launchWithExtension } from '../../e2e/harness/browser';
import { startBenchServer } from '../bench-server';
import { WorkspaceGenerator } from '../workspace-generator';
import { bundle } from './engine-probe';

// Profiling aid: `npx tsx tests/bench/profile/incremental-probe.ts [users] [events]`. Stores the
// bench workspace with the engine's own functions in an extension page, then times the phases
// of three incremental syncs of 1,000 events: pull, applyPage, updateDerived, and the type
// change bookkeeping inside it (run again on its own). See README "Profiling notes".

const users = Number(process.argv[2] ?? 20_000);
const events = Number(process.argv[3] ?? 200_000);
const root = resolve(new URL('../../..', import.meta.url).pathname);
const gen = new WorkspaceGenerator({ users, events, seed: 20261122, anchorMs: Date.now() });
const server = await startBenchServer(gen, 'probe');
server.warm();
const browser = await launchWithExtension({
  extensionDir: join(root, '.output-bench', 'chrome-mv3'),
});
const page = await browser.openExtensionPage('manifest.json');
// As in engine-probe.ts: zod's `new Function` probe fails here as it does under the CSP.
await page.evaluate(
  'globalThis.Function = new Proxy(Function, { construct() { throw new EvalError("CSP") } })',
);
await page.evaluate(await bundle('./incremental-entry.ts'));
const args = JSON.stringify({ baseUrl: server.url, token: 'probe', dbName: 'incremental-probe' });
let t0 = Date.now();
await page.evaluate(`globalThis.__probeInitial(${args})`);
console.log(`initial sync: ${Date.now() - t0} ms`);
for (let i = 0; i < 3; i++) {
  server.addEvents(1000);
  t0 = Date.now();
  const phases = await page.evaluate(`globalThis.__probeIncremental(${args})`);
  console.log(`incremental ${i + 1}: ${Date.now() - t0} ms ${JSON.stringify(phases)}`);
}
await browser.close();
await server.close();
