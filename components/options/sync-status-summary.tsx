import { formatDateTime } from '@/components/shared/format';
import type { SyncStatus } from '@/lib/domain/sync-status';
import { retryReason } from '@/lib/domain/sync-status-words';
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
      {/* "0 records" after a routine sync reads as if nothing synced: "Up to date" says it. */}
      {status.pulled > 0 ? <p>Records pulled: {status.pulled.toLocaleString()}</p> : null}
      {status.phase === 'syncing' ? (
        <ProgressBar label="Sync progress" value={status.pulled} max={status.total} />
      ) : null}
      {status.lastError && status.phase !== 'idle' ? (
        <p className="options-error" role="alert">
          {onThisPage(retryReason(status.lastError))}
        </p>
      ) : null}
      {status.nextRetryAt ? (
        <p className="options-muted">Next try: {formatDateTime(status.nextRetryAt)}</p>
      ) : null}
    </div>
  );
}

/** The message is read on the settings page itself: point at the form, not at "Settings". */
function onThisPage(message: string): string {
  return message.replace(/Check the token in Settings/, 'Enter the token again below');
}
