import { useQuery } from '@tanstack/react-query';
import { describeFailure } from '@/lib/domain/sync-status-words';
import { syncStatusQuery } from '@/lib/panel/sync-queries';
import type { SyncReadiness } from '@/lib/panel/sync-readiness';
import { useNow } from '@/lib/panel/use-now';
import { SyncFixButton } from './sync-fix-button';

export interface StillSyncingStateProps {
  readiness: SyncReadiness;
  /** Who the page is about, when known (the CRM person, the opened user or account). */
  subject?: string;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Before the first full sync has finished, no verdict: not "not a user", no type, no metric.
 * Only where that sync stands, honestly: running (a bar that moves only while records come,
 * determinate when the server says how many are left), stopped by a failure (what, since when,
 * the next try and the one action that fixes it), or not running (a button to start it).
 */
export function StillSyncingState({ readiness, subject }: StillSyncingStateProps) {
  const now = useNow(30_000);
  const { data: status } = useQuery(syncStatusQuery());
  const { pulled, total, syncing } = readiness;
  // A run waiting to retry a failed request is failing, not progressing: no moving bar then.
  const failure = describeFailure(status, now);
  const moving = syncing && !failure;
  const known = total !== undefined && total > 0;
  const records = `${count(pulled)} ${pulled === 1 ? 'record' : 'records'}`;
  return (
    <section
      className="card state-card syncing-state"
      aria-label="Still syncing"
      aria-busy={moving}
    >
      {moving ? (
        <>
          <p className="state-title" role="status">
            {known
              ? `Still syncing… ${count(Math.min(pulled, total))} of about ${count(total)} records`
              : `Still syncing… (${records})`}
          </p>
          <progress
            className="sync-progress"
            aria-label="First sync progress"
            value={known ? Math.min(pulled, total) : undefined}
            max={known ? total : undefined}
          />
        </>
      ) : failure ? (
        <div role="alert">
          <p className="state-title">
            {syncing ? 'The first sync is waiting to try again' : 'The first sync has stopped'}
          </p>
          <p className="error">{failure.reason}</p>
          {failure.when ? <p className="muted small">{failure.when}</p> : null}
        </div>
      ) : (
        <p className="state-title" role="status">
          The first sync of the workspace is not running
        </p>
      )}
      {syncing ? null : <SyncFixButton action={failure ? failure.action : 'start'} />}
      <p className="muted">
        {subject ? `${subject}: ` : ''}
        user types and usage appear once the first sync of the workspace has finished. Until then
        nothing is decided, so nobody is shown as a user or not a user yet.
      </p>
    </section>
  );
}
