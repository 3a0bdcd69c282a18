import { getMeta } from '@/lib/db/meta';
import { plural } from '@/lib/options/format';
import { SYNC_STATUS_KEY, type SyncStatus } from '@/lib/sync/sync-status';
import { ProgressBar } from './progress-bar';
import { useLiveQuery } from './use-live-query';

/** Progress of the first sync after a switch (or an import), then its outcome in words. */
export function FirstSyncProgress({ since, label }: { since: string; label: string }) {
  const { data: status } = useLiveQuery(() => getMeta<SyncStatus>(SYNC_STATUS_KEY), []);
  if (!status) return null;
  const finished = status.lastSyncAt !== undefined && status.lastSyncAt >= since;
  if (status.phase === 'syncing')
    return <ProgressBar label={label} value={status.pulled} max={status.total} />;
  if (status.phase === 'paused' || status.phase === 'error')
    return (
      <p className="options-error" role="alert">
        {status.lastError ?? 'The sync did not complete.'}
      </p>
    );
  if (finished && status.lastResult === 'ok')
    return (
      <p className="options-ok" role="status">
        First sync complete: {plural(status.pulled, 'record')} pulled.
      </p>
    );
  return null;
}
