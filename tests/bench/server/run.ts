import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRepToken } from '../../../lib/server/auth/secrets';
import { silentLogger } from '../../../lib/server/log';
import { prepareDatabase, startServer } from '../../../lib/server/server';
import { type PullRecord, startBenchServer } from '../bench-server';
import { type InitialSyncRun, initialSyncRun } from '../initial-sync';
import { WorkspaceGenerator } from '../workspace-generator';
import { loadWorkspace, measureServer } from './measure';
import { repsBench } from './reps-run';

// `npm run bench:server -- --reps 100,500,2000 [--seconds 20]`: the load run (reps-run.ts).
// `npm run bench:server [-- --quick] [--no-browser] [--sync-only] [--lib-first]`: the sync server's ingestion and feed
// throughput on PGlite and PostgreSQL (a throwaway cluster from .ci/pg-cluster.sh, or
// BENCH_DATABASE_URL), then the extension's initial sync of the bench workspace from lib/server
// and from the in-memory bench server, in the same run. Prints a Markdown table.

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const browser = !argv.includes('--no-browser');
// --sync-only: only the two initial syncs; --lib-first: lib/server's before the in-memory one
// (to tell the order's effect on a shared machine from the servers' difference).
const syncOnly = argv.includes('--sync-only');
const libFirst = argv.includes('--lib-first');
const users = quick ? 1000 : 20_000;
const events = quick ? 10_000 : 1_000_000;
const ingestEvents = quick ? 20_000 : 200_000;
const root = resolve(new URL('../../..', import.meta.url).pathname);
const extensionDir = join(root, '.output', 'chrome-mv3');
const rows: [string, string][] = [];
const log = (line: string) => console.log(line);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const median = (xs: number[]) =>
  Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0);
/** The lib/server sync's feed requests as the server timed them. */
const feedMs: number[] = [];

/** The extension's initial sync from the in-memory bench server (pages prepared beforehand). */
async function syncFromMemory(gen: WorkspaceGenerator, timeoutMs: number) {
  const memory = await startBenchServer(gen, 'bench-token');
  memory.warm();
  // Sync time only: the raw IndexedDB floor is `npm run bench`'s business.
  const mem = await initialSyncRun({
    server: memory,
    token: 'bench-token',
    extensionDir,
    timeoutMs,
    log,
    raw: false,
  });
  await mem.browser.close();
  await memory.close();
  return mem.run;
}

/** The same sync from lib/server on PGlite, loaded with the same workspace. */
async function syncFromLibServer(gen: WorkspaceGenerator, timeoutMs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sync-'));
  const db = await prepareDatabase({ dataDir: dir });
  const t0 = performance.now();
  const total = await loadWorkspace(db, gen);
  const loadS = (performance.now() - t0) / 1000;
  log(`lib/server loaded ${fmt(total)} changes in ${loadS.toFixed(1)} s`);
  rows.push([
    `PGlite: loading the workspace (${fmt(total)} changes, applyChanges, 5000 per transaction)`,
    `${loadS.toFixed(1)} s (${fmt(total / loadS)} changes/s)`,
  ]);
  // Each feed request as the server's request log times it; it also gives the client's time
  // per page (from one answer to the next pull), as the in-memory server records it.
  const pulls: PullRecord[] = [];
  const started = performance.now();
  const server = await startServer({
    db,
    log: {
      ...silentLogger,
      info: (msg, fields) => {
        if (msg !== 'request' || fields?.route !== '/v1/changes') return;
        const ms = Number(fields.ms);
        const sentAt = performance.now() - started;
        feedMs.push(ms);
        pulls.push({ from: 0, count: 0, receivedAt: sentAt - ms, sentAt });
      },
    },
  });
  const { token } = await createRepToken(db, { name: 'Bench', email: 'bench@example.com' });
  const target = {
    url: server.url,
    total: () => total,
    addEvents: () => {},
    warm: () => {},
    pulls,
    close: () => server.close(),
  };
  const ours = await initialSyncRun({
    server: target,
    token,
    extensionDir,
    timeoutMs,
    log,
    raw: false,
  });
  await ours.browser.close();
  await server.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  return ours.run;
}

async function postgresUrl(): Promise<{ url?: string; stop?: () => void }> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL };
  try {
    const out = execFileSync('bash', [join(root, '.ci/pg-cluster.sh'), 'start'], {
      encoding: 'utf8',
    });
    const url = /TEST_DATABASE_URL=(\S+)/.exec(out)?.[1];
    const dir = /PGCLUSTER_DIR=(\S+)/.exec(out)?.[1];
    return {
      url,
      stop: () => execFileSync('bash', [join(root, '.ci/pg-cluster.sh'), 'stop', dir ?? '']),
    };
  } catch (e) {
    log(`No PostgreSQL for the bench: ${(e as Error).message}`);
    return {};
  }
}

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

/** `--reps 100,500,2000 [--seconds S]`: the load run alone (tests/bench/server/reps-load.ts). */
async function repsMain(counts: number[], seconds: number) {
  const loadBefore = load();
  log(`Started ${new Date().toISOString()}, load average ${loadBefore}`);
  if (!existsSync(join(root, '.output-server/server.mjs')))
    execFileSync('npm', ['run', 'build:server'], { cwd: root, stdio: 'inherit' });
  const pg = await postgresUrl();
  const backends = [
    { name: 'PGlite' },
    ...(pg.url ? [{ name: 'PostgreSQL 15', url: pg.url }] : []),
  ];
  try {
    const rows = await repsBench(backends, counts, seconds, log);
    log(`\nload average before ${loadBefore}, after ${load()}`);
    console.log(
      '\n| database | reps | pulls done of scheduled | p50 | p95 | errors | server CPU | CPU per rep per minute | load generator CPU | events ingested/s |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const r of rows) console.log(r);
  } finally {
    pg.stop?.();
  }
}

async function main() {
  const reps = argv.indexOf('--reps');
  if (reps >= 0) {
    const counts = (argv[reps + 1] ?? '100').split(',').map(Number);
    const s = argv.indexOf('--seconds');
    return repsMain(counts, s >= 0 ? Number(argv[s + 1]) : 20);
  }
  const startedAt = new Date();
  const loadBefore = load();
  log(`Started ${startedAt.toISOString()}, load average ${loadBefore}`);
  const pg = await postgresUrl();
  const ingestDir = mkdtempSync(join(tmpdir(), 'bench-pglite-'));
  const backends: [string, () => Promise<Awaited<ReturnType<typeof prepareDatabase>>>][] = [
    ['PGlite', () => prepareDatabase({ dataDir: ingestDir })],
  ];
  if (pg.url) backends.push(['PostgreSQL', () => prepareDatabase({ url: pg.url as string })]);
  for (const [name, open] of syncOnly ? [] : backends) {
    const db = await open();
    if (name === 'PostgreSQL')
      await db.exec(
        'TRUNCATE entities, changes, reps, write_keys, ingested_messages, webhook_outbox, meta, anonymous_ids, anonymous_events RESTART IDENTITY',
      );
    log(`${name}: ingesting ${fmt(ingestEvents)} events in batches of 500…`);
    const f = await measureServer(db, ingestEvents);
    rows.push([
      `${name}: ingestion (Segment /v1/batch, 500 per batch)`,
      `${fmt(f.ingestEventsPerSec)} events/s`,
    ]);
    rows.push([
      `${name}: feed pages of 5000 served`,
      `${f.feedPagesPerSec.toFixed(1)} pages/s (${fmt(f.feedChangesPerSec)} changes/s, ${f.feedPages} pages)`,
    ]);
    await db.close();
  }
  rmSync(ingestDir, { recursive: true, force: true });

  if (browser) {
    if (!existsSync(join(extensionDir, 'manifest.json')))
      execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
    const gen = new WorkspaceGenerator({ users, events, seed: 1, anchorMs: Date.now() });
    const timeoutMs = Math.max(180_000, events * 3);
    let mem: InitialSyncRun;
    let ours: InitialSyncRun;
    if (libFirst) {
      ours = await syncFromLibServer(gen, timeoutMs);
      mem = await syncFromMemory(gen, timeoutMs);
    } else {
      mem = await syncFromMemory(gen, timeoutMs);
      ours = await syncFromLibServer(gen, timeoutMs);
    }
    rows.push([
      `Initial sync, ${fmt(users)} users / ${fmt(events)} events, in-memory bench server`,
      `${(mem.ms / 1000).toFixed(1)} s (${fmt(mem.recordsPerSec)} records/s; client ${median(mem.pageGapsMs)} ms per page)`,
    ]);
    rows.push([
      'Initial sync, same workspace, lib/server on PGlite',
      `${(ours.ms / 1000).toFixed(1)} s (${fmt(ours.recordsPerSec)} records/s; client ${median(ours.pageGapsMs)} ms per page)`,
    ]);
    rows.push([
      '… of which lib/server answering feed pages (its request log)',
      `${(sum(feedMs) / 1000).toFixed(1)} s over ${feedMs.length} pages (median ${median(feedMs)} ms)`,
    ]);
    rows.push([
      `Initial sync from lib/server ÷ from the in-memory server (time${libFirst ? ', lib/server first' : ''})`,
      `${(ours.ms / mem.ms).toFixed(2)}×`,
    ]);
  }
  pg.stop?.();
  const minutes = (Date.now() - startedAt.getTime()) / 60_000;
  log(`\nWhole run: ${minutes.toFixed(1)} min; load average before ${loadBefore}, after ${load()}`);
  console.log('\n| measurement | result |\n| --- | --- |');
  for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
