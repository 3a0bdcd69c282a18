import type { AlertSettings, LowActiveState } from '../domain/alerts';
import { DEFAULT_SOURCE, type SourceConfig } from '../domain/source-config';
import type { SyncStatus } from '../domain/sync-status';
import type { Day, Definitions } from '../domain/types';
import type { WindowHistogram } from '../domain/window-histogram';
import type { WhoAmI } from '../protocol/schemas';
import type { WireChange } from '../protocol/wire-change';
import { defineMeta, defineMetaFamily } from './define-meta';
import type { OutboxItem } from './records';

// Every key of the `meta` table, with the type of its value and what is read when it is absent.
// A reset of the synced data forgets the values marked 'resync' (every reset) or 'everything'
// (a data reset or a switch of source), and keeps the others.

export const META = {
  // The sync engine.
  cursor: defineMeta<string | undefined>('cursor', undefined, 'resync'),
  /** How many transient failures in a row the engine has retried (its backoff step). */
  retryAttempt: defineMeta<number>('retryAttempt', 0),
  /** What the background publishes about syncing, for the UI. */
  syncStatus: defineMeta<SyncStatus | undefined>('syncStatus', undefined),
  syncIntervalMinutes: defineMeta<number | undefined>('syncIntervalMinutes', undefined),
  /** The data source the user chose (out of reach of content scripts, unlike storage.local). */
  sourceConfig: defineMeta<SourceConfig>('sourceConfig', DEFAULT_SOURCE),
  /** Who the token belongs to: the default author of new notes. */
  whoami: defineMeta<WhoAmI | undefined>('whoami', undefined, 'everything'),
  /** A checked CSV import waiting for the background to pull it (chunks in `csvChunks`). */
  csvStaging: defineMeta<CsvStagingHeader | undefined>('csvStaging', undefined),
  csvChunks: defineMetaFamily<WireChange[]>('csvStaging:'),
  /** Per demo or CSV source: its local-only writes, replayed after its own feed. */
  localLedgers: defineMetaFamily<LocalLedger>('localLedger:'),

  // Settings of this browser.
  definitionOverrides: defineMeta<Partial<Definitions>>('definitionOverrides', {}),
  /** The note types the options page saved, replacing the workspace's list here. */
  noteTypes: defineMeta<string[] | undefined>('noteTypes', undefined),

  // Derived data.
  /** The day (workspace timezone) the derived data was last fully computed for. */
  derivedDay: defineMeta<Day | undefined>('derivedDay', undefined, 'resync'),
  /** A fingerprint of the definitions the derived data was computed with. */
  derivedDefinitions: defineMeta<string | undefined>('derivedDefinitions', undefined, 'resync'),
  /** Today's power threshold the stored user types were classified with. */
  derivedThreshold: defineMeta<number | null | undefined>('derivedThreshold', undefined, 'resync'),
  /** Set with a page that changed activity or users, cleared once derived data caught up:
   * still set at the start of a run means a stopped worker left derived data behind. */
  derivedStale: defineMeta<boolean | undefined>('derivedStale', undefined),
  // perf: catch-up sync and incremental derived data.
  /** Set with every page of a catch-up sync (events stored, rollups not folded), cleared once
   * the rollups were rebuilt from the events: still set at the start of a run = keep catching up. */
  rollupsStale: defineMeta<boolean | undefined>('rollupsStale', undefined),
  /** Histogram of today's window counts (count → users) over userStats: today's threshold
   * without reading every user's rollups or stats. */
  windowCountHistogram: defineMeta<WindowHistogram | undefined>(
    'windowCountHistogram',
    undefined,
    'resync',
  ),

  /** The histogram of window counts of each kept day (the window ending that day), moved by
   * the users a late event touches. Beside the threshold rows, not in them: the panel reads
   * those for every user page. Absent on a store of an earlier version: rebuilt once. */
  dayHistograms: defineMeta<Record<Day, WindowHistogram> | undefined>(
    'dayHistograms',
    undefined,
    'resync',
  ),

  /** Event names seen in synced events and rollups, sorted: the event pickers' list, kept by
   * every page so the settings page never scans the rollups. Absent on a database synced before
   * it was kept: readEventNames fills it with one scan. */
  eventNames: defineMeta<string[] | undefined>('eventNames', undefined, 'resync'),
  /** Set when readEventNames' one scan starts, until its list is kept: names of the pages
   * stored meanwhile, which the scan may have read past. */
  eventNamesDuringScan: defineMeta<string[] | undefined>(
    'eventNamesDuringScan',
    undefined,
    'resync',
  ),

  // home
  /** The workspace and definitions the stored type changes were computed under; a change of
   * either re-baselines them (recomputed history is not news). */
  changesBaseline: defineMeta<ChangesBaseline | undefined>(
    'changesBaseline',
    undefined,
    'everything',
  ),
  /** The rep's alert choices, off until opted in. */
  alertSettings: defineMeta<Partial<AlertSettings>>('alertSettings', {}),
  /** Per pinned account, whether active users were below the alert line last time. */
  lowActiveState: defineMeta<LowActiveState>('lowActiveState', {}, 'everything'),
  /** When alerts were last raised: only type changes recorded after it are news. */
  alertsCheckedAt: defineMeta<string | undefined>('alertsCheckedAt', undefined),
};

export interface ChangesBaseline {
  workspaceId: string;
  definitions: string;
}

export interface CsvCounts {
  users: number;
  accounts: number;
  roles: number;
  personas: number;
  events: number;
}

export interface CsvStagingHeader {
  /** Changes with each new import, so a sync position from an older import is refused. */
  importId: string;
  stagedAt: string;
  workspaceName: string;
  total: number;
  chunkSize: number;
  counts: CsvCounts;
}

export interface LocalLedger {
  nextSeq: number;
  entries: Record<string, { seq: number; item: Pick<OutboxItem, 'kind' | 'entityId' | 'body'> }>;
}
