import { useState } from 'react';
import { validateDescription, validateName } from '@/lib/options/validate';
import { TextField } from './text-field';

export interface TaxonomyFormProps {
  what: 'role' | 'persona';
  /** Names already used by other items (for the duplicate check). */
  takenNames: string[];
  initial?: { name: string; description?: string };
  submitLabel: string;
  onSubmit(value: { name: string; description?: string }): Promise<string | undefined>;
  onCancel?(): void;
}

/** Name + description of a role or persona; the name is checked as the user types. */
export function TaxonomyForm({
  what,
  takenNames,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: TaxonomyFormProps) {
  const [name, setName] = useState(initial?.name ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const error = validateName(name, takenNames, what);
  const descriptionError = validateDescription(description);
  const label = what === 'role' ? 'Role name' : 'Persona name';

  const submit = async () => {
    setTouched(true);
    if (error || descriptionError) return;
    setBusy(true);
    const trimmed = description.trim();
    const problem = await onSubmit({
      name: name.trim(),
      ...(trimmed ? { description: trimmed } : {}),
    });
    setBusy(false);
    setFailure(problem);
    if (!problem && !initial) {
      setName('');
      setDescription('');
      setTouched(false);
    }
  };

  return (
    <form
      className="options-inline-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <TextField
        label={label}
        value={name}
        onChange={(v) => {
          setName(v);
          setTouched(true);
        }}
        error={touched ? error : undefined}
      />
      <TextField
        label="Description"
        value={description}
        onChange={setDescription}
        error={descriptionError}
      />
      <div className="options-actions">
        <button type="submit" className="options-primary" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
      {failure ? <p className="options-error">{failure}</p> : null}
    </form>
  );
}
