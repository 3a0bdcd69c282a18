import { useId, useState } from 'react';
import type { Role } from '@/lib/domain/types';
import { plural } from '@/lib/options/format';
import { ConfirmPanel } from './confirm-panel';

export interface TaxonomyDeleteConfirmProps {
  what: 'role' | 'persona';
  item: Role;
  holders: number;
  /** The other roles (or personas) its users can be moved to. */
  others: Role[];
  /** `target` is where the holders go: another item's id, or null for none. */
  onConfirm(target: string | null): Promise<void>;
  onCancel(): void;
}

/** Confirms a delete; when users hold the item, asks where they go first. */
export function TaxonomyDeleteConfirm(props: TaxonomyDeleteConfirmProps) {
  const { what, item, holders, others } = props;
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const selectId = useId();
  return (
    <ConfirmPanel
      title={`Delete the ${what} “${item.name}”?`}
      confirmLabel={holders > 0 ? `Move ${plural(holders, 'user')} and delete` : `Delete ${what}`}
      danger
      busy={busy}
      onCancel={props.onCancel}
      onConfirm={async () => {
        setBusy(true);
        await props.onConfirm(target === '' ? null : target);
        setBusy(false);
      }}
    >
      <p>It is removed here and on the sync server.</p>
      {holders > 0 ? (
        <div className="options-field">
          <label htmlFor={selectId}>
            {plural(holders, 'user')} {holders === 1 ? 'holds' : 'hold'} it. Move them to
          </label>
          <select id={selectId} value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">No {what}</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </ConfirmPanel>
  );
}
