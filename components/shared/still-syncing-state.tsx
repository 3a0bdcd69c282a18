import type { SyncReadiness } from '@/lib/panel/sync-readiness';

export interface StillSyncingStateProps {
  readiness: SyncReadiness;
  /** Who the page is about, when known (the CRM person, the opened user or account). */
  subject?: string;
}

/**
 * Before the first full sync has finished, no verdict: not "not a user", no type, no metric.
 * Only how far the sync has come, and what will appear when it ends.
 */
export function StillSyncingState({ readiness, subject }: StillSyncingStateProps) {
  const { pulled, total, syncing } = readiness;
  const records = `${pulled.toLocaleString('en-US')} ${pulled === 1 ? 'record' : 'records'}`;
  const known = total !== undefined && total > 0;
  return (
    <section className="card state-card syncing-state" aria-label="Still syncing" aria-busy="true">
      <p className="state-title" role="status">
        {syncing ? `Still syncing… (${records})` : 'The workspace has not finished syncing'}
      </p>
      <progress
        className="sync-progress"
        aria-label="First sync progress"
        value={known ? Math.min(pulled, total) : undefined}
        max={known ? total : undefined}
      />
      <p className="muted">
        {subject ? `${subject}: ` : ''}
        user types and usage appear once the first sync of the workspace has finished. Until then
        nothing is decided, so nobody is shown as a user or not a user yet.
        {syncing ? '' : ' Use “Sync now” below to start it.'}
      </p>
    </section>
  );
}
