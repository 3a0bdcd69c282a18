import { useQuery } from '@tanstack/react-query';
import { discardOutboxItem, retryOutboxItem } from '@/lib/db/outbox';
import type { OutboxKind } from '@/lib/db/records';
import { outboxQuery } from '@/lib/panel/sync-queries';
import { useLocalWrite } from '@/lib/panel/use-local-write';

export interface OutboxMarkProps {
  entityId: string;
  kinds: OutboxKind[];
}

/** "Not yet synced" while a write waits; "Sync failed: …" with Retry / Discard when refused. */
export function OutboxMark({ entityId, kinds }: OutboxMarkProps) {
  const { data } = useQuery(outboxQuery());
  const retry = useLocalWrite(retryOutboxItem);
  const items = (data?.byEntity.get(entityId) ?? []).filter((i) => kinds.includes(i.kind));
  const failed = items.find((i) => i.status === 'failed');
  if (failed?.seq !== undefined) {
    const seq = failed.seq;
    return (
      <div className="sync-mark failed small" role="status">
        <span>Sync failed: {failed.lastError ?? 'the server refused this change.'}</span>
        <button type="button" className="link-button" onClick={() => void retry.run(seq)}>
          Retry
        </button>
        <button type="button" className="link-button" onClick={() => void discardOutboxItem(seq)}>
          Discard
        </button>
      </div>
    );
  }
  if (items.length > 0) return <p className="sync-mark small">Not yet synced</p>;
  return null;
}
