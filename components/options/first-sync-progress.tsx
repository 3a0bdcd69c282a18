import { useQuery } from '@tanstack/react-query';
import { plural } from '@/lib/options/format';
import { syncStatusQuery } from '@/lib/panel/sync-queries';
import { ProgressBar } from './progress-bar';

/** Progress of the first sync after a switch (or an import), then its outcome in words. */
export function FirstSyncProgress({ since, label }: { since: string; label: string }) {
  const { data: status } = useQuery(syncStatusQuery());
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
