import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { OutboxItem } from '@/lib/db/records';
import type { SourceConfig } from '@/lib/domain/source-config';
import { pushOutbox, setSource } from '@/lib/options/background-commands';
import { describeOutboxItem } from '@/lib/options/describe-outbox-item';
import { plural } from '@/lib/options/format';
import { localLedgerQuery } from '@/lib/options/local-ledger-query';
import { ConfirmPanel } from './confirm-panel';
import { LedgerChoice } from './ledger-choice';

export interface SourceSwitchConfirmProps {
  /** The source in use now. */
  from: SourceConfig;
  fromLabel: string;
  target: SourceConfig;
  targetLabel: string;
  /** Changes not yet sent to the current source (live: it shrinks as they are sent). */
  outbox: OutboxItem[];
  /** Runs right before the switch (e.g. staging the checked CSV data). */
  prepare?(): Promise<void>;
  onDone(message: string): void;
  onCancel(): void;
}

/**
 * Switching source replaces the synced data. Unsent changes are never dropped silently: the
 * user sends them first, or agrees to discard them, seeing how many. Changes made in the demo
 * or CSV source being left are kept for it, or discarded if the user chooses so.
 */
export function SourceSwitchConfirm(props: SourceSwitchConfirmProps) {
  const { from, target, targetLabel, outbox } = props;
  const [busy, setBusy] = useState(false);
  const leaving = from.kind !== target.kind ? from.kind : 'http';
  const { data: ledger = 0 } = useQuery(localLedgerQuery(leaving));
  const [discardLedger, setDiscardLedger] = useState(false);
  const [problem, setProblem] = useState<string>();
  const failed = outbox.filter((o) => o.status === 'failed').length;

  const apply = async (discardOutbox: boolean) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await props.prepare?.();
    } catch (e) {
      setBusy(false);
      setProblem(`Could not prepare the switch: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    const result =
      ledger > 0 && discardLedger
        ? await setSource(target, discardOutbox, true)
        : await setSource(target, discardOutbox);
    setBusy(false);
    if (result.ok) props.onDone(`Switched to ${targetLabel}. The first sync has started.`);
    else setProblem(result.error);
  };

  const sendFirst = async () => {
    setBusy(true);
    setProblem(undefined);
    const result = await pushOutbox();
    setBusy(false);
    if (!result.ok) setProblem(`Could not send the changes: ${result.error}`);
  };

  return (
    <ConfirmPanel
      title={`Switch the data source to ${targetLabel}?`}
      confirmLabel={outbox.length > 0 ? 'Discard them and switch' : 'Switch'}
      danger={outbox.length > 0}
      busy={busy}
      onConfirm={() => void apply(outbox.length > 0)}
      onCancel={props.onCancel}
      extra={
        outbox.length > failed ? (
          <button type="button" disabled={busy} onClick={() => void sendFirst()}>
            Send them first
          </button>
        ) : null
      }
    >
      <p>The workspace data on this browser will be replaced by the data from {targetLabel}.</p>
      {ledger > 0 ? (
        <LedgerChoice
          count={ledger}
          sourceLabel={props.fromLabel}
          discard={discardLedger}
          onChange={setDiscardLedger}
        />
      ) : null}
      {outbox.length > 0 ? (
        <p className="options-error">
          {plural(outbox.length, 'local change')} {outbox.length === 1 ? 'has' : 'have'} not reached
          the current source yet
          {failed > 0 ? ` (${failed} failed; see Sync status)` : ''}. Send them first, or discard
          them to switch now.
        </p>
      ) : null}
      {outbox.length > 0 ? (
        <ul aria-label="Changes that would be lost">
          {outbox.slice(0, 5).map((item) => (
            <li key={item.seq}>{describeOutboxItem(item)}</li>
          ))}
          {outbox.length > 5 ? <li>…and {plural(outbox.length - 5, 'more change')}</li> : null}
        </ul>
      ) : null}
      {problem ? (
        <p className="options-error" role="alert">
          {problem}
        </p>
      ) : null}
    </ConfirmPanel>
  );
}
