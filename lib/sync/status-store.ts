import { getDb } from '../db/database';
import { META } from '../db/meta';
import type { SyncStatus } from '../domain/sync-status';

const DEFAULT_INTERVAL_MINUTES = 5;

export async function getSyncInterval(): Promise<number> {
  const v = await META.syncIntervalMinutes.get();
  return typeof v === 'number' && v >= 1 ? v : DEFAULT_INTERVAL_MINUTES;
}

export async function readSyncStatus(): Promise<SyncStatus> {
  return (
    (await META.syncStatus.get()) ?? {
      phase: 'idle',
      pulled: 0,
      intervalMinutes: await getSyncInterval(),
    }
  );
}

/** Merges `patch` into the published status; `undefined` values clear a field. */
export async function publishSyncStatus(patch: Partial<SyncStatus>): Promise<SyncStatus> {
  const db = getDb();
  return db.transaction('rw', db.meta, async () => {
    const next: SyncStatus = { ...(await readSyncStatus()), ...patch };
    for (const k of Object.keys(next) as (keyof SyncStatus)[])
      if (next[k] === undefined) delete next[k];
    await META.syncStatus.set(next);
    return next;
  });
}
