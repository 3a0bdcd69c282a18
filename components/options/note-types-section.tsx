import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { META } from '@/lib/db/meta';
import { noteTypeSettingsQuery } from '@/lib/options/options-queries';
import { validateName } from '@/lib/options/validate';
import { OptionsSection } from './options-section';
import { TextField } from './text-field';

/** The note types the note form offers: add, remove, or go back to the workspace's list. */
export function NoteTypesSection() {
  const { data } = useQuery(noteTypeSettingsQuery());
  const [draft, setDraft] = useState('');
  const [touched, setTouched] = useState(false);
  const types = data?.types ?? [];
  const error = validateName(draft, types, 'note type');

  const saveList = (next: string[]) => META.noteTypes.set(next);

  return (
    <OptionsSection title="Note types" description="The types offered when writing a note.">
      {data?.overridden ? (
        <p>
          <span className="options-tag">Overridden</span> This browser uses its own list.{' '}
          <button type="button" onClick={() => void META.noteTypes.remove()}>
            Reset note types
          </button>
        </p>
      ) : null}
      <ul className="options-chips" aria-label="Note types">
        {types.map((t) => (
          <li key={t}>
            {t}
            <button
              type="button"
              aria-label={`Remove ${t}`}
              disabled={types.length === 1}
              title={types.length === 1 ? 'Keep at least one note type' : undefined}
              onClick={() => void saveList(types.filter((x) => x !== t))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="options-inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setTouched(true);
          if (error) return;
          void saveList([...types, draft.trim()]).then(() => {
            setDraft('');
            setTouched(false);
          });
        }}
      >
        <TextField
          label="New note type"
          value={draft}
          onChange={(v) => {
            setDraft(v);
            setTouched(true);
          }}
          error={touched ? error : undefined}
        />
        <button type="submit" className="options-primary">
          Add note type
        </button>
      </form>
    </OptionsSection>
  );
}
