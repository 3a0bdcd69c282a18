import { useQuery } from '@tanstack/react-query';
import { clock, describeFailure } from '@/lib/domain/sync-status-words';
import { plural } from '@/lib/options/format';
import { syncStatusQuery } from '@/lib/panel/sync-queries';
import { useNow } from '@/lib/panel/use-now';
import { ProgressBar } from './progress-bar';

export interface FirstSyncProgressProps {
  /** When the switch (or the new token) was saved: older outcomes are not this one's. */
  since: string;
  label: string;
  /** What to say until the sync has news ("Switched to …", "Saved the new API token."). */
  saved: string;
}

/**
 * One current line after a switch, an import or a new token: the saved message, then the
 * progress, then the outcome, each replacing the one before, in local time. The first sync's
 * own count is kept (status.firstSync), so a small follow-up run does not replace it.
 */
export function FirstSyncProgress({ since, label, saved }: FirstSyncProgressProps) {
  const now = useNow(30_000);
  const { data: status } = useQuery(syncStatusQuery());
  const failure = describeFailure(status, now);
  if (failure)
    return (
      <p className="options-error" role="alert">
        {[failure.reason, failure.when].filter(Boolean).join(' ')}
      </p>
    );
  const first = status?.firstSync && status.firstSync.at >= since ? status.firstSync : undefined;
  if (first)
    return (
      <p className="options-ok" role="status">
        First sync complete: {plural(first.pulled, 'record')} pulled.
      </p>
    );
  if (status?.phase === 'syncing')
    return <ProgressBar label={label} value={status.pulled} max={status.total} />;
  if (status?.lastResult === 'ok' && status.lastSyncAt && status.lastSyncAt >= since)
    return (
      <p className="options-ok" role="status">
        {saved} Synced at {clock(status.lastSyncAt, now)}.
      </p>
    );
  return (
    <p className="options-ok" role="status">
      {saved}
    </p>
  );
}
