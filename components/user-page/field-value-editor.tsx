import { useEffect, useId, useRef, useState } from 'react';
import {
  FIELD_KIND_LABELS,
  type FieldKind,
  fieldKindOf,
  fieldText,
  parseFieldInput,
} from '@/lib/domain/field-input';
import type { CustomFieldValue } from '@/lib/domain/types';

export interface FieldValueEditorProps {
  /** The field's key. */
  name: string;
  /** What the page calls the field (its label), used in the controls' names; else the key. */
  label?: string;
  value: CustomFieldValue | undefined;
  /** The kinds offered (the segment is text or empty only). */
  kinds: FieldKind[];
  onSave(value: CustomFieldValue): Promise<void>;
  onCancel(): void;
}

/** Typed editing of one value: pick the kind, type the value; bad input is explained, kept. */
export function FieldValueEditor(props: FieldValueEditorProps) {
  const { value, kinds, onSave, onCancel } = props;
  const name = props.label ?? props.name;
  const [kind, setKind] = useState<FieldKind>(fieldKindOf(value));
  const [text, setText] = useState(fieldText(value));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = useId();
  // The editor closes on a successful save, and the panel may move to another person while a
  // save is in flight: an answer that comes after that has no editor left to show it in.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const save = async () => {
    const parsed = parseFieldInput(kind, kind === 'boolean' && text === '' ? 'yes' : text);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setBusy(true);
    try {
      await onSave(parsed.value);
    } catch (e) {
      if (!mounted.current) return;
      setError(`Could not save: ${e instanceof Error ? e.message : String(e)}`);
      setBusy(false);
    }
  };

  return (
    <form
      className="field-editor"
      aria-label={`Edit ${name}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {kinds.length > 1 ? (
        <select
          className="input compact"
          aria-label={`Type of ${name}`}
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as FieldKind);
            setError(undefined);
          }}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {FIELD_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      ) : null}
      {kind === 'boolean' ? (
        <select
          className="input compact"
          aria-label={`Value of ${name}`}
          value={text === 'no' ? 'no' : 'yes'}
          onChange={(e) => setText(e.target.value)}
        >
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </select>
      ) : kind === 'empty' ? null : (
        <input
          className="input compact"
          aria-label={`Value of ${name}`}
          inputMode={kind === 'number' ? 'decimal' : undefined}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setError(undefined);
          }}
        />
      )}
      <button type="submit" className="button small" disabled={busy}>
        Save
      </button>
      <button type="button" className="link-button small" onClick={onCancel}>
        Cancel
      </button>
      {error ? (
        <p id={`${id}-error`} className="error small" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
