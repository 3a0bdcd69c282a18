import { useState } from 'react';
import type { Role } from '@/lib/domain/types';
import { plural } from '@/lib/options/format';
import { TaxonomyDeleteConfirm } from './taxonomy-delete-confirm';
import { TaxonomyForm } from './taxonomy-form';

export interface TaxonomyRowProps {
  what: 'role' | 'persona';
  item: Role;
  holders: number;
  unsynced: boolean;
  takenNames: string[];
  /** The other items, where holders can be moved before a delete. */
  others: Role[];
  onSave(value: { name: string; description?: string }): Promise<string | undefined>;
  /** Resolves to the reason when the delete was refused; `target` receives the holders. */
  onDelete(target: string | null): Promise<string | undefined>;
}

/** One role or persona: shown, edited in place, or deleted after a confirmation. */
export function TaxonomyRow({
  what,
  item,
  holders,
  unsynced,
  takenNames,
  others,
  onSave,
  onDelete,
}: TaxonomyRowProps) {
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const [refusal, setRefusal] = useState<string>();

  if (mode === 'edit')
    return (
      <li>
        <TaxonomyForm
          what={what}
          takenNames={takenNames}
          initial={item}
          submitLabel="Save changes"
          onSubmit={async (v) => {
            const problem = await onSave(v);
            if (!problem) setMode('view');
            return problem;
          }}
          onCancel={() => setMode('view')}
        />
      </li>
    );

  return (
    <li className="options-row">
      <div>
        <strong>{item.name}</strong>
        {unsynced ? <span className="options-tag">Not yet synced</span> : null}
        {item.description ? <p className="options-muted">{item.description}</p> : null}
        <p className="options-hint">Held by {plural(holders, 'user')}</p>
      </div>
      <div className="options-actions">
        <button type="button" aria-label={`Edit ${item.name}`} onClick={() => setMode('edit')}>
          Edit
        </button>
        <button
          type="button"
          aria-label={`Delete ${item.name}`}
          onClick={() => {
            setRefusal(undefined);
            setMode('delete');
          }}
        >
          Delete
        </button>
      </div>
      {mode === 'delete' ? (
        <TaxonomyDeleteConfirm
          what={what}
          item={item}
          holders={holders}
          others={others}
          onCancel={() => setMode('view')}
          onConfirm={async (target) => {
            setRefusal(await onDelete(target));
            setMode('view');
          }}
        />
      ) : null}
      {refusal ? <p className="options-error">{refusal}</p> : null}
    </li>
  );
}
