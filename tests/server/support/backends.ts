import { createRepToken } from '@/lib/server/auth/secrets';
import type { Database } from '@/lib/server/db/driver';
import { applyChanges, type WireChange } from '@/lib/server/ingest/apply-changes';
import { silentLogger } from '@/lib/server/log';
import { type RunningServer, startServer } from '@/lib/server/server';
import { deleteEntity, lockFeed, type Row, writeEntities } from '@/lib/server/store/changes';
import { purgeTombstones } from '@/lib/server/store/feed';
import { seedWorkspace } from '@/tests/support/sync-seed';
import { startSyncServer } from '@/tests/support/sync-server';
import { SyncServerState, type WireType } from '@/tests/support/sync-server-state';
import type { TestDatabase } from './databases';

/**
 * A protocol server under test, driven the same way whatever implements it: the conformance
 * suite seeds it, edits it "server-side", and compares the extension's database with it.
 */
export interface Backend {
  url: string;
  token: string;
  upsert(type: WireType, data: Row): Promise<void>;
  remove(type: WireType, id: string): Promise<void>;
  get(type: WireType, id: string): Promise<Row | undefined>;
  /** The server's current entities, as the in-memory state the test kit compares with. */
  snapshot(): Promise<SyncServerState>;
  /** Makes every cursor handed out so far answer 410. */
  expireCursors(): Promise<void>;
  close(): Promise<void>;
}

const TYPES: WireType[] = [
  'workspace',
  'account',
  'user',
  'event',
  'note',
  'cadence',
  'enrollment',
  'role',
  'persona',
];

/** The fault-injecting test server of tests/support (the suite's reference). */
export async function referenceBackend(pageSize: number): Promise<Backend> {
  const server = await startSyncServer({ pageSize });
  seedWorkspace(server.state);
  return {
    url: server.url,
    token: 'secret',
    upsert: async (type, data) => server.state.upsert(type, data),
    remove: async (type, id) => void server.state.remove(type, id),
    get: async (type, id) => server.state.get(type, id),
    snapshot: async () => server.state,
    expireCursors: async () => {
      server.state.expireCursors();
      server.state.compact();
    },
    close: () => server.close(),
  };
}

/** lib/server on a test database, seeded with the same workspace through its import path. */
export async function libServerBackend(
  database: TestDatabase,
  pageSize: number,
  extra: { granularity?: 'day' } = {},
): Promise<Backend & { server: RunningServer }> {
  await database.reset();
  const { db } = database;
  const seed = new SyncServerState();
  seedWorkspace(seed);
  if (extra.granularity) {
    const ws = seed.feed[0] as { data: Row };
    ws.data = { ...ws.data, activityGranularity: extra.granularity };
  }
  const backend = await serverBackendOn(db, pageSize);
  await applyChanges(db, seed.feed as WireChange[]);
  return backend;
}

/** lib/server on a database as it is (imported by a test, say), with a rep token. */
export async function serverBackendOn(
  db: Database,
  pageSize: number,
): Promise<Backend & { server: RunningServer }> {
  const server = await startServer({ db, config: { pageSize }, log: silentLogger });
  const { token } = await createRepToken(db, { name: 'Test Rep', email: 'rep@example.com' });
  const get = async (type: WireType, id: string) =>
    (
      await db.query<{ data: Row }>('SELECT data FROM entities WHERE type = $1 AND id = $2', [
        type,
        id,
      ])
    )[0]?.data;
  return {
    server,
    url: server.url,
    token,
    upsert: (type, data) =>
      db.transaction(async (tx) => {
        await lockFeed(tx);
        await writeEntities(tx, type, [data]);
      }),
    remove: (type, id) =>
      db.transaction(async (tx) => {
        await lockFeed(tx);
        await deleteEntity(tx, type, id);
      }),
    get,
    snapshot: async () => {
      const state = new SyncServerState();
      for (const type of TYPES) {
        const rows = await db.query<{ data: Row }>('SELECT data FROM entities WHERE type = $1', [
          type,
        ]);
        for (const r of rows) state.upsert(type, r.data);
      }
      return state;
    },
    expireCursors: async () => {
      // A delete whose tombstone is then purged moves the horizon past every cursor out there.
      await db.transaction(async (tx) => {
        await lockFeed(tx);
        await writeEntities(tx, 'role', [{ id: 'expire-marker', name: 'x' }]);
        await deleteEntity(tx, 'role', 'expire-marker');
      });
      await purgeTombstones(db, 0);
    },
    close: () => server.close(),
  };
}
