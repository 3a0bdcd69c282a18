import { useState } from 'react';
import { getDb } from '@/lib/db/database';
import { deleteMeta, getMeta, setMeta } from '@/lib/db/meta';
import { effectiveNoteTypes, NOTE_TYPES_KEY } from '@/lib/options/note-types';
import { validateName } from '@/lib/options/validate';
import { OptionsSection } from './options-section';
import { TextField } from './text-field';
import { useLiveQuery } from './use-live-query';

async function readNoteTypes() {
  const workspace = await getDb().workspace.toCollection().first();
  const local = await getMeta<string[]>(NOTE_TYPES_KEY);
  return { types: effectiveNoteTypes(workspace, local), overridden: local !== undefined };
}

/** The note types the note form offers: add, remove, or go back to the workspace's list. */
export function NoteTypesSection() {
  const { data } = useLiveQuery(readNoteTypes, []);
  const [draft, setDraft] = useState('');
  const [touched, setTouched] = useState(false);
  const types = data?.types ?? [];
  const error = validateName(draft, types, 'note type');

  const saveList = (next: string[]) => setMeta(NOTE_TYPES_KEY, next);

  return (
    <OptionsSection title="Note types" description="The types offered when writing a note.">
      {data?.overridden ? (
        <p>
          <span className="options-tag">Overridden</span> This browser uses its own list.{' '}
          <button type="button" onClick={() => void deleteMeta(NOTE_TYPES_KEY)}>
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
