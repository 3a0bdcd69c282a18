import { afterEach, beforeEach, expect } from 'vitest';
import { runSync } from '@/lib/sync/engine';
import { type SyncServer, startSyncServer } from '@/tests/support/sync-server';
import {
  expectedEntities,
  freshDb,
  localEntities,
  seedWorkspace,
  sourceFor,
  testClock,
} from './sync-test-kit';

export interface EngineHarnessOptions {
  /** Pages of this many changes, so a full pull needs several requests. */
  pageSize: number;
  /** Run one sync before each test, for tests that start from a synced database. */
  syncFirst?: boolean;
}

/**
 * Registers the setup every engine test file shares: a fresh database and a seeded protocol
 * server per test, closed after it. Returns a getter, as the server only exists during a test.
 */
export function seededServerPerTest({ pageSize, syncFirst = false }: EngineHarnessOptions) {
  let server: SyncServer | undefined;
  beforeEach(async () => {
    freshDb();
    server = await startSyncServer({ pageSize });
    seedWorkspace(server.state);
    if (syncFirst) await runSync(sourceFor(server), { clock: testClock() });
  });
  afterEach(() => server?.close());
  return (): SyncServer => {
    if (!server) throw new Error('The sync server only exists while a test runs.');
    return server;
  };
}

/** The local database holds exactly the server's entities. */
export async function expectServerState(server: SyncServer): Promise<void> {
  expect(await localEntities()).toEqual(expectedEntities(server.state));
}
