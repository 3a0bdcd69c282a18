import { formatDateTime } from '@/lib/options/format';
import type { SyncStatus } from '@/lib/sync/sync-status';
import { ProgressBar } from './progress-bar';

const PHASE_WORDS: Record<SyncStatus['phase'], string> = {
  idle: 'Up to date',
  syncing: 'Syncing…',
  paused: 'Paused',
  error: 'Sync is failing',
};

/** Where syncing stands: phase, last result, records pulled, live progress, the error in words. */
export function SyncStatusSummary({ status }: { status: SyncStatus | undefined }) {
  if (!status) return <p className="options-muted">Not synced yet.</p>;
  const result =
    status.lastResult === 'ok' ? 'succeeded' : status.lastResult === 'error' ? 'failed' : undefined;
  return (
    <div aria-live="polite">
      <p>
        <strong>{PHASE_WORDS[status.phase]}</strong>
      </p>
      <p>
        Last sync: {formatDateTime(status.lastSyncAt)}
        {result && status.lastSyncAt ? ` (${result})` : ''}
      </p>
      <p>Records pulled: {status.pulled.toLocaleString()}</p>
      {status.phase === 'syncing' ? (
        <ProgressBar label="Sync progress" value={status.pulled} max={status.total} />
      ) : null}
      {status.lastError && status.phase !== 'idle' ? (
        <p className="options-error" role="alert">
          {status.lastError}
        </p>
      ) : null}
      {status.nextRetryAt ? (
        <p className="options-muted">Next try: {formatDateTime(status.nextRetryAt)}</p>
      ) : null}
    </div>
  );
}
