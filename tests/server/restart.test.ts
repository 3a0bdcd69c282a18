import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepToken, createWriteKey } from '@/lib/server/auth/secrets';
import { prepareDatabase } from '@/lib/server/server';
import { spawnServer } from './support/spawn-server';

// The real server process on a PGlite data folder: a restart keeps everything, and a SIGKILL
// in the middle of ingestion loses no acknowledged event and doubles none.

const dir = mkdtempSync(join(tmpdir(), 'server-restart-'));
let token = '';
let basic = '';
beforeAll(async () => {
  const db = await prepareDatabase({ dataDir: dir });
  token = (await createRepToken(db, { name: 'Ann Rep', email: 'ann@example.com' })).token;
  basic = `Basic ${Buffer.from(`${(await createWriteKey(db, 'test')).key}:`).toString('base64')}`;
  await db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const batchOf = (n: number, size: number) => ({
  batch: Array.from({ length: size }, (_, i) => ({
    type: 'track',
    messageId: `b${n}-${i}`,
    userId: `u${i % 50}`,
    event: 'report_viewed',
    timestamp: new Date(Date.UTC(2026, 10, 1) + n * 60_000 + i * 1000).toISOString(),
  })),
});
const send = (url: string, body: unknown) =>
  fetch(`${url}/v1/batch`, {
    method: 'POST',
    headers: { authorization: basic, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

async function eventIds(url: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor = '';
  for (;;) {
    const res = await fetch(`${url}/v1/changes?limit=5000${cursor ? `&cursor=${cursor}` : ''}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const page = (await res.json()) as {
      cursor: string;
      hasMore: boolean;
      changes: { type: string; data: { id: string } }[];
    };
    ids.push(...page.changes.filter((c) => c.type === 'event').map((c) => c.data.id));
    cursor = page.cursor;
    if (!page.hasMore) return ids;
  }
}

describe('the server process on a PGlite data folder', () => {
  it('keeps everything across a restart, and loses or doubles nothing when killed mid-batch', async () => {
    let server = await spawnServer(dir);
    const acked = new Set<string>();
    const sent: ReturnType<typeof batchOf>[] = [];
    for (let n = 0; n < 3; n++) {
      const b = batchOf(n, 200);
      sent.push(b);
      if ((await send(server.url, b)).status === 200)
        for (const m of b.batch) acked.add(m.messageId);
    }
    expect(acked.size).toBe(600);
    // Graceful restart: the same token, the same data, an old cursor still valid.
    const before = await fetch(`${server.url}/v1/changes?limit=10`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const oldCursor = ((await before.json()) as { cursor: string }).cursor;
    expect(await server.kill('SIGTERM')).toBe(0);
    server = await spawnServer(dir);
    expect((await eventIds(server.url)).length).toBe(600);
    const resumed = await fetch(`${server.url}/v1/changes?cursor=${oldCursor}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(resumed.status).toBe(200);

    // Batches in flight, then SIGKILL: some answers never come.
    const inFlight = [3, 4, 5, 6].map((n) => {
      const b = batchOf(n, 500);
      sent.push(b);
      return send(server.url, b).then(
        (res) => {
          if (res.status === 200) for (const m of b.batch) acked.add(m.messageId);
        },
        () => undefined,
      );
    });
    await new Promise((r) => setTimeout(r, 150));
    await server.kill('SIGKILL');
    await Promise.all(inFlight);
    server = await spawnServer(dir);
    const afterKill = await eventIds(server.url);
    expect(new Set(afterKill).size).toBe(afterKill.length);
    for (const id of acked) expect(afterKill).toContain(id);
    // The sender retries what was not acknowledged: every event once, none twice.
    for (const b of sent) expect((await send(server.url, b)).status).toBe(200);
    const final = await eventIds(server.url);
    expect(final.length).toBe(200 * 3 + 500 * 4);
    expect(new Set(final).size).toBe(final.length);
    expect(await server.kill('SIGTERM')).toBe(0);
  }, 600_000);
});
