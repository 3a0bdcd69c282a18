import type { WireChange } from '../../../lib/protocol/wire-change';
import { createRepToken, createWriteKey } from '../../../lib/server/auth/secrets';
import type { Database } from '../../../lib/server/db/driver';
import { applyChanges } from '../../../lib/server/ingest/apply-changes';
import { silentLogger } from '../../../lib/server/log';
import { startServer } from '../../../lib/server/server';
import type { WorkspaceGenerator } from '../workspace-generator';

// Server-side figures: ingestion through the Segment API in batches of 500, and pulling the
// whole change feed in pages of 5000, against one database.

export interface ServerFigures {
  ingestEventsPerSec: number;
  ingestEvents: number;
  feedPagesPerSec: number;
  feedChangesPerSec: number;
  feedPages: number;
}

const BATCH = 500;

export async function measureServer(db: Database, events: number): Promise<ServerFigures> {
  const server = await startServer({
    db,
    log: silentLogger,
    config: { ingestPerSecond: 1e6, ingestBurst: 1e6 },
  });
  try {
    const { key } = await createWriteKey(db, 'bench');
    const { token } = await createRepToken(db, { name: 'Bench', email: 'bench@example.com' });
    const auth = `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
    const t0 = performance.now();
    for (let sent = 0; sent < events; sent += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, events - sent) }, (_, i) => ({
        type: 'track',
        messageId: `bench-${sent + i}`,
        userId: `user-${(sent + i) % 2000}`,
        event: (sent + i) % 8 === 0 ? 'login' : 'report_viewed',
        timestamp: new Date(Date.UTC(2026, 9, 1) + (sent + i) * 30_000).toISOString(),
        properties: { feature: 'Reports', module: 'Analytics', duration: 30 },
      }));
      const res = await fetch(`${server.url}/v1/batch`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify({ batch }),
      });
      if (res.status !== 200) throw new Error(`ingestion answered ${res.status}`);
    }
    const ingestMs = performance.now() - t0;
    const t1 = performance.now();
    let pages = 0;
    let changes = 0;
    let cursor = '';
    for (;;) {
      const res = await fetch(
        `${server.url}/v1/changes?limit=5000${cursor ? `&cursor=${cursor}` : ''}`,
        {
          headers: { authorization: `Bearer ${token}` },
        },
      );
      const page = (await res.json()) as { cursor: string; hasMore: boolean; changes: unknown[] };
      pages += 1;
      changes += page.changes.length;
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    const feedMs = performance.now() - t1;
    return {
      ingestEvents: events,
      ingestEventsPerSec: events / (ingestMs / 1000),
      feedPages: pages,
      feedPagesPerSec: pages / (feedMs / 1000),
      feedChangesPerSec: changes / (feedMs / 1000),
    };
  } finally {
    await server.close();
  }
}

/** Loads the bench workspace (the same changes the in-memory bench server serves). */
export async function loadWorkspace(db: Database, gen: WorkspaceGenerator): Promise<number> {
  const CHUNK = 20_000;
  for (let i = 0; i < gen.baseCount; i += CHUNK) {
    const changes: WireChange[] = [];
    for (let k = i; k < Math.min(gen.baseCount, i + CHUNK); k++)
      changes.push(gen.changeAt(k) as WireChange);
    await applyChanges(db, changes);
  }
  const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM changes');
  return rows[0]?.n ?? 0;
}
