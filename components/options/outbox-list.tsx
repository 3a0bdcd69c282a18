import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { discardOutboxItem, retryOutboxItem } from '@/lib/db/outbox';
import { heldSeqs } from '@/lib/db/outbox-order';
import { syncNow } from '@/lib/options/background-commands';
import { plural } from '@/lib/options/format';
import { outboxQuery } from '@/lib/panel/sync-queries';
import { OutboxItemRow } from './outbox-item-row';

/** Local changes not yet on the server: pending ones, and failed ones with retry / discard. */
export function OutboxList() {
  const items = useQuery(outboxQuery()).data?.items;
  const [problem, setProblem] = useState<string>();
  if (!items) return null;
  const failed = items.filter((i) => i.status === 'failed').length;
  const held = heldSeqs(items);
  const pending = items.length - failed;

  const act = async (fn: () => Promise<void>) => {
    try {
      await fn();
      setProblem(undefined);
    } catch (e) {
      setProblem(`That did not work: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div>
      <h3>Unsynced changes</h3>
      <p className={failed > 0 ? 'options-error' : 'options-muted'}>
        {items.length === 0
          ? 'Every local change has reached the server.'
          : `${plural(pending, 'change')} waiting, ${failed} failed.`}
      </p>
      {items.length > 0 ? (
        <ul className="options-list" aria-label="Unsynced changes">
          {items.map((item) => (
            <OutboxItemRow
              key={item.seq}
              item={item}
              held={item.seq !== undefined && held.has(item.seq)}
              onRetry={(seq) =>
                void act(async () => {
                  await retryOutboxItem(seq);
                  // Send it now rather than at the next scheduled sync.
                  await syncNow();
                })
              }
              onDiscard={(seq) => void act(() => discardOutboxItem(seq))}
            />
          ))}
        </ul>
      ) : null}
      {problem ? <p className="options-error">{problem}</p> : null}
    </div>
  );
}
