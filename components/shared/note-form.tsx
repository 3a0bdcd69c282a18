import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { NoteConflictError, saveNote } from '@/lib/db/note-writes';
import { DEFAULT_NOTE_TYPES } from '@/lib/domain/definitions';
import type { Note } from '@/lib/domain/types';
import { noteTypesQuery } from '@/lib/options/note-types-query';
import { useLocalWrite } from '@/lib/panel/use-local-write';
import { FormFooter } from './form-footer';

export interface NoteFormProps {
  /** The user the note is about; absent for a note on an account. */
  userId?: string;
  /** The account the note is about (the account view's "New note"). */
  accountId?: string;
  /** The note to edit; a new note when absent. */
  note?: Note;
  /** Author to store when the server has not told us the user's name. */
  author?: string;
  onDone(): void;
}

/** Title, body and type of a note; saving writes locally at once and queues the push. */
export function NoteForm({ userId, accountId, note, author, onDone }: NoteFormProps) {
  // The options page may set this browser's own list of note types.
  const { data: types = DEFAULT_NOTE_TYPES } = useQuery(noteTypesQuery());
  const [title, setTitle] = useState(note?.title ?? '');
  const [body, setBody] = useState(note?.body ?? '');
  // Unset until the user picks: the first offered type once the list has loaded.
  const [chosenType, setType] = useState(note?.type);
  const type = chosenType ?? types[0] ?? 'General';
  const save = useLocalWrite(saveNote, (message) => `The note was not saved: ${message}`);
  // The version this edit is based on: a save is refused when the stored note moved on (another
  // panel edited or deleted it); after saying so, a second save goes ahead deliberately.
  const [base, setBase] = useState<{ updatedAt?: string } | undefined>(
    note ? { updatedAt: note.updatedAt } : undefined,
  );
  const ids = { title: useId(), body: useId(), type: useId() };
  const titleRef = useRef<HTMLInputElement>(null);
  // Typing goes where the user expects: into the form that just opened.
  useEffect(() => titleRef.current?.focus(), []);
  // Keep a type the workspace no longer lists, so editing an old note does not change it.
  const options = types.includes(type) ? types : [type, ...types];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim() && !body.trim()) {
      save.setError('Write a title or some text before saving.');
      return;
    }
    const saved = await save.run({
      ...(note ? { id: note.id } : {}),
      ...(userId !== undefined ? { userId } : {}),
      ...(accountId !== undefined ? { accountId } : {}),
      title: title.trim(),
      body,
      type,
      ...(author && !note ? { author } : {}),
      ...(base?.updatedAt !== undefined ? { expectedUpdatedAt: base.updatedAt } : {}),
    });
    if (saved.ok) onDone();
    else if (saved.error instanceof NoteConflictError) setBase({ updatedAt: saved.error.current });
  };

  return (
    <form
      className="note-form"
      onSubmit={submit}
      aria-label={note ? 'Edit note' : 'New note'}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !save.pending) {
          e.preventDefault();
          onDone();
        }
      }}
    >
      <label htmlFor={ids.title} className="field-label">
        Title
      </label>
      <input
        ref={titleRef}
        id={ids.title}
        className="input"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <label htmlFor={ids.body} className="field-label">
        Note
      </label>
      <textarea
        id={ids.body}
        className="input"
        rows={4}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <label htmlFor={ids.type} className="field-label">
        Type
      </label>
      <select
        id={ids.type}
        className="input"
        value={type}
        onChange={(e) => setType(e.target.value)}
      >
        {options.map((t) => (
          <option key={t} value={t}>
            {t}
          </option>
        ))}
      </select>
      <FormFooter error={save.error} submitLabel="Save" disabled={save.pending} onCancel={onDone} />
    </form>
  );
}
