import { useState } from 'react';
import { formatDateTime } from '@/components/shared/format';
import type { OutboxItem } from '@/lib/db/records';
import { outboxKindWords, outboxSubject } from '@/lib/options/describe-outbox-item';
import { ConfirmPanel } from './confirm-panel';

export interface OutboxItemRowProps {
  item: OutboxItem;
  /** Waits behind an earlier failed change to the same record (sent in order). */
  held?: boolean;
  onRetry(seq: number): void;
  onDiscard(seq: number): void;
}

/** One local change waiting for the server, or failed with the server's message. */
export function OutboxItemRow({ item, held = false, onRetry, onDiscard }: OutboxItemRowProps) {
  const [confirming, setConfirming] = useState(false);
  const what = outboxKindWords(item);
  const name = outboxSubject(item);
  const seq = item.seq ?? -1;
  return (
    <li className="options-row">
      <div>
        <strong>{what}</strong>
        {name ? <span> — “{name}”</span> : null}
        <p className="options-hint">Made {formatDateTime(item.createdAt)}</p>
        {item.status === 'failed' ? (
          <p className="options-error">Failed: {item.lastError ?? 'the server refused it.'}</p>
        ) : held ? (
          <p className="options-muted">
            Held: an earlier change to the same record failed. It is sent after that one is retried
            or discarded, so the server never gets them out of order.
          </p>
        ) : (
          <p className="options-muted">Waiting to be sent</p>
        )}
      </div>
      <div className="options-actions">
        {item.status === 'failed' ? (
          <button type="button" aria-label={`Retry: ${what}`} onClick={() => onRetry(seq)}>
            Retry
          </button>
        ) : null}
        <button type="button" aria-label={`Discard: ${what}`} onClick={() => setConfirming(true)}>
          Discard
        </button>
      </div>
      {confirming ? (
        <ConfirmPanel
          title="Discard this change?"
          confirmLabel="Discard change"
          danger
          onConfirm={() => {
            setConfirming(false);
            onDiscard(seq);
          }}
          onCancel={() => setConfirming(false)}
        >
          <p>It will not be sent to the server, and the local copy goes back to the server's.</p>
        </ConfirmPanel>
      ) : null}
    </li>
  );
}
