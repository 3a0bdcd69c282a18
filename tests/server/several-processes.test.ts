import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepToken, createWriteKey } from '@/lib/server/auth/secrets';
import type { Database } from '@/lib/server/db/driver';
import { applyChanges } from '@/lib/server/ingest/apply-changes';
import { silentLogger } from '@/lib/server/log';
import { prepareDatabase } from '@/lib/server/server';
import { startWebhookDeliverer } from '@/lib/server/webhook';
import { BACKENDS, openTestDatabase, type TestDatabase } from './support/databases';
import { startRoundRobin } from './support/round-robin-proxy';
import { spawnServer } from './support/spawn-server';
import { startReceiver } from './support/webhook-receiver';

// Several server processes on one PostgreSQL: webhook rows are claimed (each sent once), the
// change feed stays gap-free for readers while other processes write, and a process killed
// mid-stream loses nothing acknowledged and doubles nothing. (PGlite stays one process:
// production.test.ts shows a second server on its folder refused.)

const NOW = '2026-11-20T12:00:00.000Z';
const until = async (done: () => Promise<boolean> | boolean, ms = 30_000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100)))
    if (await done()) return;
  throw new Error('timed out');
};

describe.each(BACKENDS)('webhook deliverers sharing one database on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.drop());

  it('claims each outbox row once: two deliverers racing send every enrolment once', async () => {
    await database.reset();
    const receiver = await startReceiver(0);
    const ids = Array.from({ length: 30 }, (_, i) => `en${i}`);
    for (const id of ids)
      await database.db.query(
        `INSERT INTO webhook_outbox (enrollment_id, payload) VALUES ($1, '{}'::jsonb)`,
        [id],
      );
    // On PostgreSQL the second one has its own connections, as another process would.
    const other: Database = database.url
      ? await prepareDatabase({ url: database.url })
      : database.db;
    const opts = { url: receiver.url, secret: 's', log: silentLogger, timeoutMs: 2000 };
    const a = startWebhookDeliverer(database.db, opts);
    const b = startWebhookDeliverer(other, opts);
    await until(() => new Set(receiver.deliveries.map((d) => d.headers['webhook-id'])).size === 30);
    await Promise.all([a.stop(), b.stop()]);
    expect(receiver.deliveries.map((d) => d.headers['webhook-id']).sort()).toEqual(ids.sort());
    if (other !== database.db) await other.close();
    await receiver.close();
  });
});

describe.runIf(BACKENDS.includes('postgres'))('three server processes on one PostgreSQL', () => {
  let database: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'server-multi-'));
  beforeAll(async () => {
    database = await openTestDatabase('postgres');
    execFileSync('npm', ['run', '--silent', 'build:server'], { stdio: 'ignore' });
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses nothing acknowledged and applies or delivers nothing twice when one is killed', async () => {
    const { db } = database;
    await applyChanges(db, [
      { type: 'user', op: 'upsert', data: { id: 'u1', createdAt: NOW } },
      { type: 'cadence', op: 'upsert', data: { id: 'c1', name: 'On', scope: 'team', tags: [] } },
    ]);
    const reps = await Promise.all(
      ['ann', 'bo'].map((n) => createRepToken(db, { name: n, email: `${n}@x.io` })),
    );
    const basic = `Basic ${Buffer.from(`${(await createWriteKey(db, 't')).key}:`).toString('base64')}`;
    const receiver = await startReceiver(0);
    const env = {
      DATABASE_URL: database.url as string,
      ENROLLMENT_WEBHOOK_URL: receiver.url,
      ENROLLMENT_WEBHOOK_TIMEOUT_MS: '1000',
      INGEST_RATE_PER_SECOND: '10000',
      INGEST_BURST: '10000',
    };
    const bundle = [process.execPath, '.output-server/server.mjs'];
    const servers = await Promise.all([0, 1, 2].map(() => spawnServer(dir, env, [], bundle)));
    const proxy = await startRoundRobin(servers.map((s) => s.url));

    /** Repeats a request until it gets an answer below 500 (as every client does). */
    const send = async (method: string, path: string, auth: string, body?: unknown) => {
      for (;;) {
        try {
          const res = await fetch(`${proxy.url}${path}`, {
            method,
            headers: { authorization: auth, 'content-type': 'application/json' },
            ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          });
          const json = await res.json().catch(() => undefined);
          if (res.status < 500) return { status: res.status, json };
        } catch {}
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const acked = new Set<string>();
    const pushes = reps.map(async ({ token }, r) => {
      for (let i = 0; i < 25; i++) {
        const note = {
          userId: 'u1',
          title: 't',
          body: 'b',
          type: 'Call',
          createdAt: NOW,
          updatedAt: NOW,
        };
        if ((await send('PUT', `/v1/notes/n${r}-${i}`, `Bearer ${token}`, note)).status < 300)
          acked.add(`note:n${r}-${i}`);
        const en = { cadenceId: 'c1', userId: 'u1', createdAt: NOW };
        if ((await send('PUT', `/v1/enrollments/e${r}-${i}`, `Bearer ${token}`, en)).status < 300)
          acked.add(`enrollment:e${r}-${i}`);
      }
    });
    const ingestion = (async () => {
      for (let b = 0; b < 15; b++) {
        const batch = Array.from({ length: 20 }, (_, i) => ({
          messageId: `m${b}-${i}`,
          userId: `v${i % 5}`,
          event: 'login',
          timestamp: NOW,
        }));
        if ((await send('POST', '/v1/batch', basic, { batch })).status === 200)
          for (const m of batch) acked.add(`event:${m.messageId}`);
      }
    })();
    // A rep's extension pulling incrementally the whole time: it must miss nothing.
    const seen = new Map<string, unknown>();
    let cursor = '';
    let streaming = true;
    const pull = async () => {
      for (let more = true; more; ) {
        const page = await send(
          'GET',
          `/v1/changes?limit=50${cursor ? `&cursor=${cursor}` : ''}`,
          `Bearer ${reps[0]?.token}`,
        );
        for (const c of page.json.changes) seen.set(`${c.type}:${c.data?.id ?? c.id}`, c.op);
        cursor = page.json.cursor;
        more = page.json.hasMore;
      }
    };
    const puller = (async () => {
      while (streaming) await pull();
    })();
    await until(() => acked.size > 40);
    expect(await servers[1]?.kill('SIGKILL')).toBe(null);
    await Promise.all([...pushes, ingestion]);
    streaming = false;
    await puller;
    await pull();

    const stored = new Set(
      (await db.query<{ k: string }>(`SELECT type || ':' || id AS k FROM entities`)).map(
        (r) => r.k,
      ),
    );
    for (const k of acked) expect(stored.has(k), k).toBe(true);
    // Each entity has one change in the feed, and the incremental reader saw every one.
    const feed = await db.query<{ k: string }>(`SELECT type || ':' || entity_id AS k FROM changes`);
    expect(new Set(feed.map((r) => r.k)).size).toBe(feed.length);
    for (const { k } of feed) expect(seen.has(k), k).toBe(true);
    const enrolments = [...acked]
      .filter((k) => k.startsWith('enrollment:'))
      .map((k) => k.slice(11));
    await until(
      () =>
        new Set(receiver.deliveries.map((d) => d.headers['webhook-id'])).size >= enrolments.length,
    );
    const sent = receiver.deliveries.map((d) => String(d.headers['webhook-id']));
    expect(new Set(sent)).toEqual(new Set(enrolments));
    // At most the one delivery in flight in the killed process can repeat (its Webhook-Id lets
    // the receiver drop it); every other enrolment was sent exactly once.
    expect(sent.length - new Set(sent).size).toBeLessThanOrEqual(1);
    await proxy.close();
    await Promise.all([servers[0]?.kill('SIGTERM'), servers[2]?.kill('SIGTERM')]);
    await receiver.close();
  });
});
