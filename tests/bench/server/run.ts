import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRepToken } from '../../../lib/server/auth/secrets';
import { silentLogger } from '../../../lib/server/log';
import { prepareDatabase, startServer } from '../../../lib/server/server';
import { startBenchServer } from '../bench-server';
import { initialSyncRun } from '../initial-sync';
import { WorkspaceGenerator } from '../workspace-generator';
import { loadWorkspace, measureServer } from './measure';

// `npm run bench:server [-- --quick] [--no-browser]`: the sync server's ingestion and feed
// throughput on PGlite and PostgreSQL (a throwaway cluster from .ci/pg-cluster.sh, or
// BENCH_DATABASE_URL), then the extension's initial sync of the bench workspace from lib/server
// and from the in-memory bench server, in the same run. Prints a Markdown table.

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const browser = !argv.includes('--no-browser');
const users = quick ? 1000 : 20_000;
const events = quick ? 10_000 : 1_000_000;
const ingestEvents = quick ? 20_000 : 200_000;
const root = resolve(new URL('../../..', import.meta.url).pathname);
const extensionDir = join(root, '.output', 'chrome-mv3');
const rows: [string, string][] = [];
const log = (line: string) => console.log(line);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

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

async function main() {
  const startedAt = new Date();
  const loadBefore = load();
  log(`Started ${startedAt.toISOString()}, load average ${loadBefore}`);
  const pg = await postgresUrl();
  const ingestDir = mkdtempSync(join(tmpdir(), 'bench-pglite-'));
  const backends: [string, () => Promise<Awaited<ReturnType<typeof prepareDatabase>>>][] = [
    ['PGlite', () => prepareDatabase({ dataDir: ingestDir })],
  ];
  if (pg.url) backends.push(['PostgreSQL', () => prepareDatabase({ url: pg.url as string })]);
  for (const [name, open] of backends) {
    const db = await open();
    if (name === 'PostgreSQL')
      await db.exec(
        'TRUNCATE entities, changes, reps, write_keys, ingested_messages, webhook_outbox, meta RESTART IDENTITY',
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
    // The in-memory bench server (pages prepared before the clock starts).
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
    rows.push([
      `Initial sync, ${fmt(users)} users / ${fmt(events)} events, in-memory bench server`,
      `${(mem.run.ms / 1000).toFixed(1)} s (${fmt(mem.run.recordsPerSec)} records/s)`,
    ]);
    // lib/server on PGlite with the same workspace.
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
    // The server's own time per feed page (its request log), to compare with the client's.
    const feedMs: number[] = [];
    const server = await startServer({
      db,
      log: {
        ...silentLogger,
        info: (msg, fields) => {
          if (msg === 'request' && fields?.route === '/v1/changes') feedMs.push(Number(fields.ms));
        },
      },
    });
    const { token } = await createRepToken(db, { name: 'Bench', email: 'bench@example.com' });
    const target = {
      url: server.url,
      total: () => total,
      addEvents: () => {},
      warm: () => {},
      pulls: [],
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
    rows.push([
      `Initial sync, same workspace, lib/server on PGlite`,
      `${(ours.run.ms / 1000).toFixed(1)} s (${fmt(ours.run.recordsPerSec)} records/s)`,
    ]);
    const served = feedMs.reduce((a, b) => a + b, 0);
    rows.push([
      '… of which lib/server answering feed pages (its request log)',
      `${(served / 1000).toFixed(1)} s over ${feedMs.length} pages (median ${[...feedMs].sort((a, b) => a - b)[Math.floor(feedMs.length / 2)] ?? 0} ms)`,
    ]);
    rows.push([
      'Initial sync from lib/server ÷ from the in-memory server (time)',
      `${(ours.run.ms / mem.run.ms).toFixed(2)}×`,
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
