import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { syncNow } from '@/lib/options/background-commands';
import { syncIntervalQuery } from '@/lib/options/options-queries';
import { syncStatusQuery } from '@/lib/panel/sync-queries';
import { OptionsSection } from './options-section';
import { OutboxList } from './outbox-list';
import { RejectedList } from './rejected-list';
import { SyncIntervalForm } from './sync-interval-form';
import { SyncStatusSummary } from './sync-status-summary';

const DEFAULT_INTERVAL = 5;

/** Sync state, "Sync now", the unsynced changes, rejected records and the interval. */
export function SyncStatusSection() {
  const { data: status } = useQuery(syncStatusQuery());
  const { data: savedInterval } = useQuery(syncIntervalQuery());
  const [problem, setProblem] = useState<string>();
  const syncing = status?.phase === 'syncing';
  // Both read before the form shows, so it starts from the interval in force.
  const interval =
    status === undefined || savedInterval === undefined
      ? undefined
      : (savedInterval ?? status?.intervalMinutes ?? DEFAULT_INTERVAL);
  return (
    <OptionsSection title="Sync status">
      <SyncStatusSummary status={status ?? undefined} />
      <div className="options-actions">
        <button
          type="button"
          className="options-primary"
          disabled={syncing}
          onClick={async () => {
            const result = await syncNow();
            setProblem(result.ok ? undefined : `The sync did not complete: ${result.error}`);
          }}
        >
          Sync now
        </button>
      </div>
      {problem ? <p className="options-error">{problem}</p> : null}
      <OutboxList />
      <RejectedList />
      {/* Not keyed by the interval: saving it must not remount the form and lose its message. */}
      {interval !== undefined ? <SyncIntervalForm minutes={interval} /> : null}
    </OptionsSection>
  );
}
