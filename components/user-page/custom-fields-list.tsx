import { useState } from 'react';
import type { FieldKind } from '@/lib/domain/field-input';
import { type LabelMap, labelFor } from '@/lib/domain/labels';
import type { CustomFieldValue } from '@/lib/domain/types';
import { FieldValueEditor } from './field-value-editor';

const ALL_KINDS: FieldKind[] = ['text', 'number', 'boolean', 'empty'];

export interface CustomFieldsListProps {
  fields?: Record<string, CustomFieldValue>;
  /** The workspace's names for its fields; else a readable form of each key. */
  labels?: LabelMap;
  /** Saves one field locally and queues it for the server; absent = read-only. */
  onSave?(name: string, value: CustomFieldValue): Promise<void>;
}

const empty = (value: CustomFieldValue) => value === null || value === '';
const shown = (value: CustomFieldValue) =>
  typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value);

/** The user's custom fields as name/value text (never HTML; long values wrap), each editable with its type. */
export function CustomFieldsList({ fields, labels, onSave }: CustomFieldsListProps) {
  const [editing, setEditing] = useState<string>();
  const entries = Object.entries(fields ?? {}).filter(
    ([, v]) => onSave || (v !== null && v !== ''),
  );
  if (entries.length === 0) return null;
  return (
    <dl className="facts custom-fields" aria-label="Custom fields">
      {entries.map(([name, value]) => (
        <div key={name}>
          <dt title={name}>{labelFor(name, labels)}</dt>
          <dd>
            {editing === name && onSave ? (
              <FieldValueEditor
                name={name}
                label={labelFor(name, labels)}
                value={value}
                kinds={ALL_KINDS}
                onSave={async (next) => {
                  await onSave(name, next);
                  setEditing(undefined);
                }}
                onCancel={() => setEditing(undefined)}
              />
            ) : (
              <>
                {/* An unset field reads "NPS · Set a value", not "NPS Empty Edit". */}
                {value === null || value === '' ? null : <span>{shown(value)}</span>}
                {onSave ? (
                  <button
                    type="button"
                    className="link-button small field-edit"
                    aria-label={`${empty(value) ? 'Set a value for' : 'Edit'} ${labelFor(name, labels)}`}
                    onClick={() => setEditing(name)}
                  >
                    {empty(value) ? 'Set a value' : 'Edit'}
                  </button>
                ) : null}
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
