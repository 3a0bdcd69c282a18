/** What the background publishes about syncing (META.syncStatus) for the UI. */
export interface SyncStatus {
  phase: 'idle' | 'syncing' | 'paused' | 'error';
  /** Why syncing is paused or failing, in plain words (e.g. "The server rejected the API token."). */
  lastError?: string;
  lastSyncAt?: string;
  lastResult?: 'ok' | 'error';
  /** Records pulled in the current (or last) run, and an estimate of the total when known. */
  pulled: number;
  total?: number;
  /** The last completed first sync (from no sync position): its records, and when it ended. */
  firstSync?: { pulled: number; at: string };
  /** When the current run of failures began (cleared by a successful sync). */
  failingSince?: string;
  /** Next automatic retry, when a transient failure is being retried. */
  nextRetryAt?: string;
  intervalMinutes: number;
}
