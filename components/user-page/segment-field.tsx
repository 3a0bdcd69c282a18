import { useState } from 'react';
import type { User } from '@/lib/domain/types';
import { FieldValueEditor } from './field-value-editor';

export interface SegmentFieldProps {
  user: User;
  onSave(segment: string | null): Promise<void>;
}

/** The user's segment, editable as text (an empty value clears it). */
export function SegmentField({ user, onSave }: SegmentFieldProps) {
  const [editing, setEditing] = useState(false);
  return (
    <div>
      <dt>Segment</dt>
      <dd>
        {editing ? (
          <FieldValueEditor
            name="Segment"
            value={user.segment ?? null}
            kinds={['text', 'empty']}
            onSave={async (value) => {
              const text = typeof value === 'string' ? value.trim() : '';
              await onSave(text === '' ? null : text);
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <>
            {user.segment ? <span>{user.segment}</span> : <span className="muted">None</span>}
            <button
              type="button"
              className="link-button small field-edit"
              aria-label="Edit Segment"
              onClick={() => setEditing(true)}
            >
              Edit
            </button>
          </>
        )}
      </dd>
    </div>
  );
}
