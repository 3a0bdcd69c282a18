import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { describeSync } from '@/lib/domain/sync-status-words';
import { outboxQuery, rejectedCountQuery, syncStatusQuery } from '@/lib/panel/sync-queries';
import { useNow } from '@/lib/panel/use-now';
import { openOptionsPage } from '@/lib/platform/options-page';
import { sendSyncMessage } from '@/lib/platform/runtime-messages';

/** Sync status in one line of plain words (local time), pending changes, errors, "Sync now". */
export function SyncFooter() {
  const now = useNow(30_000);
  const { data: status } = useQuery(syncStatusQuery());
  const { data: outbox } = useQuery(outboxQuery());
  const { data: rejected = 0 } = useQuery(rejectedCountQuery());
  const [requestError, setRequestError] = useState<string>();
  const syncing = status?.phase === 'syncing';
  // A request that failed says so instead of the status line, never beside it.
  const words = requestError
    ? { text: requestError, tone: 'error' as const }
    : describeSync(status, now);

  const syncNow = async () => {
    setRequestError(undefined);
    const result = await sendSyncMessage({ type: 'sync/now' });
    if (!result.ok) setRequestError(`Could not sync: ${result.error}`);
  };

  const lines: string[] = [];
  if (outbox?.pending)
    lines.push(`${outbox.pending} ${outbox.pending === 1 ? 'change' : 'changes'} not yet synced`);
  if (outbox?.failed)
    lines.push(
      `${outbox.failed} ${outbox.failed === 1 ? 'change was' : 'changes were'} refused by the server`,
    );
  if (rejected)
    lines.push(
      `${rejected} ${rejected === 1 ? 'record' : 'records'} from the server skipped as invalid`,
    );

  return (
    <section className="sync-footer" aria-label="Sync status">
      <div className="sync-text">
        <span
          role={words.tone === 'error' ? 'alert' : 'status'}
          className={words.tone === 'error' ? 'error' : undefined}
        >
          {words.text}
        </span>
        {lines.map((l) => (
          <span key={l} className="muted small">
            {l}
          </span>
        ))}
        {outbox?.failed || status?.phase === 'paused' ? (
          <button
            type="button"
            className="link-button small"
            onClick={() => void openOptionsPage().catch(() => {})}
          >
            {outbox?.failed ? 'Review in settings' : 'Open settings'}
          </button>
        ) : null}
      </div>
      <button
        type="button"
        className="button small"
        disabled={syncing}
        onClick={() => void syncNow()}
      >
        {/* A run waiting to retry a failed request is not syncing anything: say so. */}
        {syncing ? (words.tone === 'error' ? 'Waiting to retry' : 'Syncing…') : 'Sync now'}
      </button>
    </section>
  );
}
