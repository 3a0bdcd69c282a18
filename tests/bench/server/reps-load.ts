import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createRepToken, createWriteKey } from '../../../lib/server/auth/secrets';
import type { Database } from '../../../lib/server/db/driver';
import { applyChanges } from '../../../lib/server/ingest/apply-changes';

// `npm run bench:server -- --reps N`: N reps' extensions against one server process (the
// production bundle) while a Segment sender ingests. Each rep calls whoami, then pulls
// incrementally every 2 s and pushes a note every 10 s: the extension's 60 s poll and a note
// every 5 minutes, compressed 30× in time. Figures: pull latency, errors, the server's CPU.

export const PULL_EVERY_MS = 2000;
export const PUSH_EVERY_MS = 10_000;
const NOW = '2026-11-20T12:00:00.000Z';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;

export interface Seeded {
  tokens: string[];
  basic: string;
}

/** A small workspace (500 users, a cadence), N rep tokens and a write key. */
export async function seed(db: Database, reps: number): Promise<Seeded> {
  await applyChanges(db, [
    ...Array.from({ length: 500 }, (_, i) => ({
      type: 'user' as const,
      op: 'upsert' as const,
      data: { id: `u${i}`, email: `u${i}@x.io`, createdAt: NOW },
    })),
  ]);
  const tokens: string[] = [];
  for (let i = 0; i < reps; i++)
    tokens.push((await createRepToken(db, { name: `Rep ${i}`, email: `rep${i}@x.io` })).token);
  const { key } = await createWriteKey(db, 'bench');
  return { tokens, basic: `Basic ${Buffer.from(`${key}:`).toString('base64')}` };
}

/**
 * The built server as a child process, its log going to `logFile` (a pipe read by this busy
 * process would block the server's synchronous stdout writes); resolves once it listens.
 */
export async function spawnBundle(env: Record<string, string>, logFile: string) {
  const fd = openSync(logFile, 'w');
  const child: ChildProcess = spawn(
    process.execPath,
    ['.output-server/server.mjs', '--port', '0'],
    {
      env: { ...process.env, INGEST_RATE_PER_SECOND: '1e6', INGEST_BURST: '1e6', ...env },
      stdio: ['ignore', fd, 'inherit'],
    },
  );
  closeSync(fd);
  let url = '';
  let exitedEarly = false;
  child.once('exit', () => {
    exitedEarly = true;
  });
  while (!url) {
    if (exitedEarly) throw new Error('server exited before listening');
    await sleep(100);
    const head = readFileSync(logFile, 'utf8').slice(0, 8192);
    url = /"msg":"sync server ready","url":"([^"]+)"/.exec(head)?.[1] ?? '';
  }
  const exited = new Promise((r) => child.once('exit', r));
  return {
    url,
    /** CPU seconds the process has used (user + system). */
    cpuSeconds: () => {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ');
      return (Number(fields?.[11]) + Number(fields?.[12])) / 100;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface LoadFigures {
  pulls: number;
  p50: number;
  p95: number;
  errors: number;
  pushes: number;
  cpuPercent: number;
  cpuMsPerRepMinute: number;
  /** This process's CPU (the simulated reps and the sender), to judge the client side. */
  clientCpuPercent: number;
  ingestedPerSec: number;
}

/** Runs the reps and the sender for `seconds` against `url`. */
export async function runLoad(
  url: string,
  seeded: Seeded,
  seconds: number,
  cpuSeconds: () => number,
): Promise<LoadFigures> {
  const call = async (method: string, path: string, auth: string, body?: unknown) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await res.json().catch(() => undefined)) as Record<string, unknown> | undefined;
    return { status: res.status, json };
  };
  // Every rep starts synced: at the feed's end, like an extension that has done its first sync.
  let start = '';
  for (let more = true; more; ) {
    const page = await call(
      'GET',
      `/v1/changes${start ? `?cursor=${start}` : ''}`,
      `Bearer ${seeded.tokens[0]}`,
    );
    start = String(page.json?.cursor);
    more = page.json?.hasMore === true;
  }
  const latencies: number[] = [];
  let errors = 0;
  let pushes = 0;
  let ingested = 0;
  const end = performance.now() + seconds * 1000;
  const cpu0 = cpuSeconds();
  const client0 = process.cpuUsage();
  const t0 = performance.now();
  const rep = async (token: string, r: number) => {
    const auth = `Bearer ${token}`;
    let cursor = start;
    // Spread the reps over one poll period, as real extensions are.
    await sleep((r / seeded.tokens.length) * PULL_EVERY_MS);
    const guard = async (fn: () => Promise<number>) => {
      try {
        if ((await fn()) >= 400) errors++;
      } catch {
        errors++;
      }
    };
    await guard(async () => (await call('GET', '/v1/whoami', auth)).status);
    let nextPush = performance.now() + (r % 5) * (PUSH_EVERY_MS / 5);
    for (let n = 0; performance.now() < end; n++) {
      const due = performance.now() + PULL_EVERY_MS;
      await guard(async () => {
        const t = performance.now();
        const page = await call('GET', `/v1/changes?cursor=${cursor}&limit=5000`, auth);
        latencies.push(performance.now() - t);
        if (page.status === 200) cursor = String(page.json?.cursor);
        return page.status;
      });
      if (performance.now() >= nextPush) {
        nextPush += PUSH_EVERY_MS;
        pushes++;
        const note = {
          userId: `u${(r * 7 + n) % 500}`,
          title: 'Call',
          body: 'Went well',
          type: 'Call',
          createdAt: NOW,
          updatedAt: NOW,
        };
        await guard(
          async () => (await call('PUT', `/v1/notes/bench-${r}-${n}`, auth, note)).status,
        );
      }
      await sleep(Math.max(0, due - performance.now()));
    }
  };
  const sender = async () => {
    for (let b = 0; performance.now() < end; b++) {
      const batch = Array.from({ length: 100 }, (_, i) => ({
        messageId: `load-${b}-${i}`,
        userId: `u${(b * 100 + i) % 500}`,
        event: i % 8 === 0 ? 'login' : 'report_viewed',
        timestamp: new Date(Date.UTC(2026, 10, 1) + b * 60_000 + i).toISOString(),
      }));
      try {
        if ((await call('POST', '/v1/batch', seeded.basic, { batch })).status === 200)
          ingested += 100;
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all([...seeded.tokens.map((t, r) => rep(t, r)), sender()]);
  const wall = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds() - cpu0;
  const client = process.cpuUsage(client0);
  return {
    pulls: latencies.length,
    p50: pct(latencies, 0.5),
    p95: pct(latencies, 0.95),
    errors,
    pushes,
    cpuPercent: (cpu / wall) * 100,
    cpuMsPerRepMinute: ((cpu * 1000) / seeded.tokens.length) * (60 / wall),
    clientCpuPercent: ((client.user + client.system) / 1e6 / wall) * 100,
    ingestedPerSec: ingested / wall,
  };
}
