import { getDb } from './database';

// Small key/value settings and sync state (cursor, status, whoami, definition overrides).
// Kept in IndexedDB rather than extension storage so the cursor can be written in the same
// transaction as the page it belongs to.

export async function getMeta<T>(key: string): Promise<T | undefined> {
  const row = await getDb().meta.get(key);
  return row?.value as T | undefined;
}

export async function setMeta(key: string, value: unknown): Promise<void> {
  await getDb().meta.put({ key, value });
}

export async function deleteMeta(key: string): Promise<void> {
  await getDb().meta.delete(key);
}

/** Meta keys used by the sync engine and its UI. */
export const META = {
  cursor: 'cursor',
  whoami: 'whoami',
  definitionOverrides: 'definitionOverrides',
  syncIntervalMinutes: 'syncIntervalMinutes',
  /** The day (workspace timezone) the derived data was last fully computed for. */
  derivedDay: 'derivedDay',
  /** A fingerprint of the definitions the derived data was computed with. */
  derivedDefinitions: 'derivedDefinitions',
  /** Today's power threshold the stored user types were classified with. */
  derivedThreshold: 'derivedThreshold',
  /** Set with a page that changed activity or users, cleared once derived data caught up:
   * still set at the start of a run means a stopped worker left derived data behind. */
  derivedStale: 'derivedStale',
  // perf: catch-up sync and incremental derived data.
  /** Set with every page of a catch-up sync (events stored, rollups not folded), cleared once
   * the rollups were rebuilt from the events: still set at the start of a run = keep catching up. */
  rollupsStale: 'rollupsStale',
  /** Histogram of today's window counts (count → users) over userStats: today's threshold
   * without reading every user's rollups or stats. */
  windowCountHistogram: 'windowCountHistogram',
  /** home: the workspace and definitions the stored type changes were computed under; a
   * change of either re-baselines them (recomputed history is not news). */
  changesBaseline: 'changesBaseline',
  /** home: the rep's alert choices (AlertSettings), off until opted in. */
  alertSettings: 'alertSettings',
  /** home: per pinned account, whether active users were below the alert line last time. */
  lowActiveState: 'lowActiveState',
} as const;
