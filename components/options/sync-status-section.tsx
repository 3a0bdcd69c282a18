import { useState } from 'react';
import { getMeta, META } from '@/lib/db/meta';
import { syncNow } from '@/lib/options/background-commands';
import { SYNC_STATUS_KEY, type SyncStatus } from '@/lib/sync/sync-status';
import { OptionsSection } from './options-section';
import { OutboxList } from './outbox-list';
import { RejectedList } from './rejected-list';
import { SyncIntervalForm } from './sync-interval-form';
import { SyncStatusSummary } from './sync-status-summary';
import { useLiveQuery } from './use-live-query';

const DEFAULT_INTERVAL = 5;

async function readStatus() {
  const status = await getMeta<SyncStatus>(SYNC_STATUS_KEY);
  const interval = await getMeta<number>(META.syncIntervalMinutes);
  return { status, interval: interval ?? status?.intervalMinutes ?? DEFAULT_INTERVAL };
}

/** Sync state, "Sync now", the unsynced changes, rejected records and the interval. */
export function SyncStatusSection() {
  const { data } = useLiveQuery(readStatus, []);
  const [problem, setProblem] = useState<string>();
  const syncing = data?.status?.phase === 'syncing';
  return (
    <OptionsSection title="Sync status">
      <SyncStatusSummary status={data?.status} />
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
      {data ? <SyncIntervalForm minutes={data.interval} /> : null}
    </OptionsSection>
  );
}
