import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../e2e/harness/browser';
import { hostResolverRules, startCrmServer } from '../e2e/harness/crm-server';
import { parseArgs } from './args';
import { startBenchServer } from './bench-server';
import { CRM_HOST, hubspotBenchRoute } from './crm-bench-page';
import {
  type CrmSession,
  contentScriptCpuPerNavigation,
  type NavSample,
  navigateAndTime,
  openCrmSession,
} from './detection-latency';
import { storageUsage } from './extension-db';
import { homeOpenRows } from './home-open';
import { settleIndexedDb } from './idb-settle';
import { incrementalSyncRun } from './incremental-sync';
import { type InitialSyncRun, initialSyncRun } from './initial-sync';
import { describeMachine } from './machine';
import { panelColdOpen } from './panel-open';
import { enginePhases, profileEngine } from './profile/engine-probe';
import { rawPipeline } from './raw-pipeline';
import { type Row, table } from './report';
import { querySearch, SEARCH_PREFIXES, uiSearch } from './search-latency';
import { bundleSizes } from './sizes';
import { summarize } from './stats';
import { WorkspaceGenerator } from './workspace-generator';

// `npm run bench [-- --quick] [--users N] [--events N] [--runs N] [--samples N] [--no-build]`
// `npm run bench -- --print` prints the table of the last run's bench-results.json.
// `npm run bench -- --profile [--users N --events N]` times the engine's phases and profiles it.
// Builds the extension into its own folder, serves a generated workspace over the sync protocol,
// and measures the extension in headless Chromium. Prints a Markdown table, writes
// bench-results.json. See README "Performance".

const args = parseArgs(process.argv.slice(2));
const root = resolve(new URL('../..', import.meta.url).pathname);
const extensionDir = join(root, args.outDir, 'chrome-mv3');
const log = (line: string) => console.log(line);
const results: Record<string, unknown> = { machine: describeMachine(), config: args, errors: [] };
const errors = results.errors as string[];
const sections = new Map<string, Row[]>();
const allRows = () => [...sections.values()].flat();

/** Writes the figures so far, so a long run that is stopped early still leaves its results. */
function publish(): void {
  results.rows = allRows();
  writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

/** Sets one part of the table (a scenario's lines) and publishes. */
function section(name: string, lines: Row[]): void {
  sections.set(name, lines);
  publish();
}

function add(name: string, ...lines: Row[]): void {
  section(name, [...(sections.get(name) ?? []), ...lines]);
}
const TOKEN = 'bench-token';

async function scenario(name: string, body: () => Promise<void>): Promise<void> {
  const t0 = Date.now();
  log(`\n▶ ${name}`);
  try {
    await body();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    errors.push(`${name}: ${message}`);
    log(`  ✗ not measured: ${message}`);
  }
  log(`  (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--print')) {
    // The table of the last (possibly stopped) run, from its JSON.
    const last = JSON.parse(readFileSync(join(root, 'bench-results.json'), 'utf8')) as {
      rows: Row[];
    };
    return log(table(last.rows));
  }
  const started = Date.now();
  log(`Machine: ${JSON.stringify(results.machine)}`);
  log(
    `Workspace: ${args.users} users, ${args.events} events; ${args.runs} sync runs, ${args.samples} samples`,
  );
  if (args.build) {
    log(`Building into ${args.outDir} …`);
    execFileSync('npx', ['wxt', 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, WXT_OUT_DIR: args.outDir },
    });
  }

  await scenario('Sizes', async () => {
    const s = bundleSizes(extensionDir);
    results.sizes = s;
    add(
      'sizes',
      {
        what: 'Content script, minified',
        unit: 'B',
        value: s.contentScript.bytes,
        budget: '≤ 24 KB',
        ok: s.contentScript.bytes <= 24 * 1024,
      },
      { what: 'Content script, gzipped', unit: 'B', value: s.contentScript.gzip },
      {
        what: 'Side panel first chunk, minified',
        unit: 'B',
        value: s.panelFirstChunk.bytes,
        budget: '≤ 250 KB, no chart code',
        ok: s.panelFirstChunk.bytes <= 250 * 1024 && !s.chartsInFirstChunk,
      },
      { what: 'Side panel first chunk, gzipped', unit: 'B', value: s.panelFirstChunk.gzip },
      { what: 'Chart chunk (lazy), minified', unit: 'B', value: s.chartChunk.bytes },
      { what: 'Chart chunk (lazy), gzipped', unit: 'B', value: s.chartChunk.gzip },
    );
  });

  const gen = new WorkspaceGenerator({
    users: args.users,
    events: args.events,
    seed: args.seed,
    anchorMs: Date.now(),
  });
  const server = await startBenchServer(gen, TOKEN);
  const tw = Date.now();
  server.warm();
  log(`Sync server ${server.url}: ${server.total()} changes ready in ${Date.now() - tw} ms`);

  if (args.profile) {
    // Profiling only: the engine's phases, then its hottest functions, on fresh databases.
    const b = await launchWithExtension({ extensionDir });
    const p = await b.openExtensionPage('manifest.json');
    const phases = await enginePhases(p, server.url, TOKEN);
    log(`Phases (ms): ${JSON.stringify(phases)}`);
    const hot = await profileEngine(p, server.url, TOKEN);
    for (const h of hot.hot)
      log(`${h.ms.toFixed(0).padStart(8)} ms ${(h.share * 100).toFixed(1).padStart(5)} %  ${h.fn}`);
    results.profile = { phases, hot };
    publish();
    await b.close();
    await server.close();
    return;
  }

  const crmServer = await startCrmServer([CRM_HOST], [hubspotBenchRoute]);
  const rules = hostResolverRules(crmServer);
  let browser: ExtensionBrowser | undefined;
  let page: Page | undefined;
  const timeoutMs = Math.max(120_000, args.events * 2);
  const runs: InitialSyncRun[] = [];
  const syncRun = async (i: number) => {
    log(
      ` run ${i + 1}/${args.runs}${i === 0 ? ' (fresh profile)' : ' (data/reset, same browser)'}`,
    );
    const target = { server, token: TOKEN, extensionDir, hostResolverRules: rules, timeoutMs, log };
    const r = await initialSyncRun(target, browser && page ? { browser, page } : undefined);
    ({ browser, page } = r);
    runs.push(r.run);
    const rate = summarize(runs.map((x) => x.recordsPerSec));
    const raw = summarize(runs.map((x) => x.rawRecordsPerSec));
    const ratio = summarize(runs.map((x) => x.ratio));
    const gaps = summarize(runs.flatMap((x) => x.pageGapsMs));
    const seconds = summarize(runs.map((x) => x.ms / 1000));
    results.initialSync = {
      recordsPerSec: rate,
      rawRecordsPerSec: raw,
      ratio,
      seconds,
      pageGapMs: gaps,
      runs: runs.map(({ pageGapsMs, ...x }) => x),
    };
    section('initial', [
      { what: 'Initial sync, engine', unit: 'rec/s', summary: rate },
      { what: 'Initial sync, raw IndexedDB puts', unit: 'rec/s', summary: raw },
      {
        what: 'Initial sync, engine / raw',
        unit: '%',
        summary: ratio,
        budget: '≥ 90 % every run',
        ok: ratio.min >= 0.9,
      },
      { what: 'Initial sync, wall time', unit: 's', summary: seconds },
      {
        what: 'Client time per 5000-change page',
        unit: 'ms',
        summary: gaps,
        note: 'gap between pulls',
      },
    ]);
  };
  await scenario('Initial sync (engine vs raw IndexedDB)', async () => {
    await syncRun(0);
    if (!page) return;
    const usage = await storageUsage(page);
    results.storage = usage;
    section('storage', [
      {
        what: 'IndexedDB used by the workspace',
        unit: 'MB',
        value: usage.indexedDB ?? usage.total,
      },
    ]);
  });

  await scenario(`Incremental sync (${args.incrementalEvents} new events)`, async () => {
    if (!page) throw new Error('no browser with the workspace stored');
    const settle = await settleIndexedDb(page);
    results.settleAfterInitialSync = settle;
    log(
      `  IndexedDB ${settle.settled ? 'quiet' : 'still busy'} after ${(settle.waitedMs / 1000).toFixed(1)} s (${settle.probes} probes)`,
    );
    const samples: number[] = [];
    for (let i = 0; i < Math.max(args.runs, args.quick ? 2 : 5); i++)
      samples.push(await incrementalSyncRun(page, server, args.incrementalEvents, timeoutMs));
    const s = summarize(samples);
    results.incrementalSync = s;
    add('incremental', {
      what: `Incremental sync, ${args.incrementalEvents} events → derived data updated`,
      unit: 'ms',
      summary: s,
      budget: 'p95 ≤ 300 ms',
      ok: s.p95 <= 300,
    });
  });

  let crm: CrmSession | undefined;
  await scenario('CRM navigation → panel shows the person', async () => {
    if (!browser) throw new Error('no browser with the workspace stored');
    const t0 = Date.now();
    crm = await openCrmSession(browser, 30_000);
    log(`  CRM page and panel ready in ${Date.now() - t0} ms`);
    await navigateAndTime(crm); // warm-up: first render of the second person
    const samples: NavSample[] = [];
    for (let i = 0; i < args.samples; i++) samples.push(await navigateAndTime(crm));
    const s = summarize(samples.map((x) => x.totalMs));
    const toWorker = summarize(samples.map((x) => x.toWorkerMs));
    results.detectionToPanel = { total: s, toWorker };
    add('crm', {
      what: 'CRM navigation → panel shows the person',
      unit: 'ms',
      summary: s,
      budget: 'p95 ≤ 60 ms',
      ok: s.p95 <= 60,
    });
    add('crm', {
      what: '… of which URL change → report in the worker',
      unit: 'ms',
      summary: toWorker,
    });
    const cpu = await contentScriptCpuPerNavigation(browser, crm, Math.min(args.samples, 20));
    results.contentScriptCpuMs = cpu;
    add('crm', {
      what: 'Content script CPU per navigation',
      unit: 'ms',
      value: cpu,
      budget: '≤ 5 ms',
      ok: cpu <= 5,
      note: 'V8 profiler',
    });
  });

  await scenario('Panel cold open → user page painted', async () => {
    if (!browser || !crm) throw new Error('no CRM tab with a detected person');
    const name = crm.current.name;
    const samples = [];
    for (let i = 0; i < args.samples; i++)
      samples.push(await panelColdOpen(browser, crm.tabId, name));
    const paint = summarize(samples.map((x) => x.paintMs));
    results.panelColdOpen = { heading: summarize(samples.map((x) => x.headingMs)), paint };
    add('panel', {
      what: 'Panel cold open → user page painted',
      unit: 'ms',
      summary: paint,
      budget: 'p95 ≤ 200 ms',
      ok: paint.p95 <= 200,
    });
  });

  await scenario('Panel home → changes list painted', async () => {
    if (!browser || !crm) throw new Error('no CRM tab with a detected person');
    // Each Home-button sample opens a panel and leaves it open 5 s (home-open.ts): --quick takes
    // fewer of them to stay under 2 minutes.
    const samples = args.quick ? Math.min(args.samples, 4) : args.samples;
    add('panel', ...(await homeOpenRows(browser, crm.tabId, samples))); // what changed
  });

  await scenario(`Search: prefix over ${args.users} users`, async () => {
    if (!browser || !page) throw new Error('no browser with the workspace stored');
    const panel = await browser.openExtensionPage('sidepanel.html');
    await panel.getByLabel('Search users').waitFor({ timeout: 30_000 });
    const ui: number[] = [];
    const query: number[] = [];
    for (let i = 0; i < args.samples; i++) {
      const prefix = SEARCH_PREFIXES[i % SEARCH_PREFIXES.length] ?? 'a';
      ui.push(await uiSearch(panel, prefix));
      query.push((await querySearch(page, prefix)).ms);
    }
    results.search = { ui: summarize(ui), query: summarize(query) };
    add(
      'search:',
      {
        what: 'Search, keystroke → results shown',
        unit: 'ms',
        summary: summarize(ui),
        budget: 'p95 ≤ 16 ms',
        ok: summarize(ui).p95 <= 16,
      },
      { what: 'Search, IndexedDB prefix query (50 keys)', unit: 'ms', summary: summarize(query) },
    );
    await panel.close();
  });

  if (args.pipeline)
    await scenario('Raw pipeline profile (fetch + parse + put, no engine)', async () => {
      if (!page) throw new Error('no browser with the workspace stored');
      const p = await rawPipeline(page, server.url, TOKEN);
      results.rawPipeline = p;
      log(
        `  ${p.pages} pages, ${p.records} records: fetch ${p.fetchMs.toFixed(0)} ms, parse ${p.parseMs.toFixed(0)} ms, put ${p.putMs.toFixed(0)} ms, total ${p.totalMs.toFixed(0)} ms`,
      );
    });

  if (args.runs > 1)
    await scenario('Initial sync, repeated runs', async () => {
      for (let i = 1; i < args.runs; i++) await syncRun(i);
    });

  await browser?.close();
  await server.close();
  await crmServer.close();
  results.totalSeconds = (Date.now() - started) / 1000;
  publish();
  log(`\n${table(allRows())}\n`);
  log(
    `Chromium ${String((results.machine as { chromium: string }).chromium)}, ${(results.machine as { cpus: number }).cpus} CPUs; ${args.users} users, ${args.events} events; total ${(results.totalSeconds as number).toFixed(0)} s`,
  );
  if (errors.length > 0) log(`Not measured:\n- ${errors.join('\n- ')}`);
  log('Wrote bench-results.json');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
