import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../../lib/server/db/driver';
import { prepareDatabase } from '../../../lib/server/server';
import { defaultWorkspace, ensureWorkspace } from '../../../lib/server/store/workspace';
import { type LoadFigures, PULL_EVERY_MS, runLoad, seed, spawnBundle } from './reps-load';

// The --reps mode of `npm run bench:server`: for each database and each N, a fresh database,
// N reps and a Segment sender for `seconds`; then, once per database, Segment ingestion against
// raw multi-row INSERTs of the same rows into the same database.

const RATIO_EVENTS = 10_000;
const BATCH = 500;
const rowsOf = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    messageId: `ratio-${from + i}`,
    userId: `u${(from + i) % 500}`,
    event: 'report_viewed',
    timestamp: new Date(Date.UTC(2026, 9, 1) + (from + i) * 1000).toISOString(),
  }));

async function ingestRate(url: string, basic: string): Promise<number> {
  const t0 = performance.now();
  for (let sent = 0; sent < RATIO_EVENTS; sent += BATCH) {
    const res = await fetch(`${url}/v1/batch`, {
      method: 'POST',
      headers: { authorization: basic, 'content-type': 'application/json' },
      body: JSON.stringify({ batch: rowsOf(sent, BATCH) }),
    });
    if (res.status !== 200) throw new Error(`ingestion answered ${res.status}`);
  }
  return RATIO_EVENTS / ((performance.now() - t0) / 1000);
}

/** The floor: the same rows as event entities, 500 per multi-row INSERT, no checks. */
async function rawRate(db: Database): Promise<number> {
  await db.exec('CREATE TABLE bench_raw (type text, id text, data jsonb, PRIMARY KEY (type, id))');
  const t0 = performance.now();
  for (let sent = 0; sent < RATIO_EVENTS; sent += BATCH) {
    const rows = rowsOf(sent, BATCH);
    const values = rows.map((_, i) => `('event', $${2 * i + 1}, $${2 * i + 2}::jsonb)`).join(',');
    await db.query(
      `INSERT INTO bench_raw (type, id, data) VALUES ${values}`,
      rows.flatMap((r) => [
        r.messageId,
        JSON.stringify({ id: r.messageId, userId: r.userId, ts: r.timestamp, name: r.event }),
      ]),
    );
  }
  const rate = RATIO_EVENTS / ((performance.now() - t0) / 1000);
  await db.exec('DROP TABLE bench_raw');
  return rate;
}

const TABLES =
  'entities, changes, reps, write_keys, ingested_messages, webhook_outbox, meta, anonymous_ids, anonymous_events';

export async function repsBench(
  backends: { name: string; url?: string }[],
  counts: number[],
  seconds: number,
  log: (line: string) => void,
): Promise<string[]> {
  const rows: string[] = [];
  for (const backend of backends) {
    for (const [k, reps] of counts.entries()) {
      const dir = mkdtempSync(join(tmpdir(), 'bench-reps-'));
      const open = () => prepareDatabase(backend.url ? { url: backend.url } : { dataDir: dir });
      let db = await open();
      if (backend.url) {
        await db.exec(`TRUNCATE ${TABLES} RESTART IDENTITY`);
        await ensureWorkspace(db, defaultWorkspace());
      }
      const seeded = await seed(db, reps);
      await db.close();
      const server = await spawnBundle(
        backend.url ? { DATABASE_URL: backend.url } : { DATA_DIR: dir },
        join(dir, 'server.log'),
      );
      log(`${backend.name}: ${reps} reps for ${seconds} s…`);
      const f: LoadFigures = await runLoad(server.url, seeded, seconds, server.cpuSeconds);
      rows.push(
        `| ${backend.name} | ${reps} | ${f.pulls} of ${Math.round((reps * seconds * 1000) / PULL_EVERY_MS)} | ${f.p50.toFixed(0)} ms | ${f.p95.toFixed(0)} ms | ${f.errors} | ${f.cpuPercent.toFixed(0)} % | ${f.cpuMsPerRepMinute.toFixed(1)} ms | ${f.clientCpuPercent.toFixed(0)} % | ${Math.round(f.ingestedPerSec)} |`,
      );
      log(rows[rows.length - 1] as string);
      let ratio = '';
      if (k === 0) {
        const ingest = await ingestRate(server.url, seeded.basic);
        await server.stop();
        db = await open();
        const raw = await rawRate(db);
        await db.close();
        ratio = `${backend.name}: Segment ingestion ${Math.round(ingest)} events/s, raw multi-row INSERT ${Math.round(raw)} rows/s: ratio ${(ingest / raw).toFixed(2)}`;
        rows.push(ratio);
        log(ratio);
      } else await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}
