import { useState } from 'react';
import { ErrorText } from '@/components/ui/error-text';
import { deleteNote } from '@/lib/db/note-writes';
import type { Note } from '@/lib/domain/types';
import { useLocalWrite } from '@/lib/panel/use-local-write';
import { formatDateTime } from './format';
import { OutboxMark } from './outbox-mark';

export interface NoteItemProps {
  note: Note;
  /** The signed-in user wrote it: they may edit and delete it. */
  own: boolean;
  onEdit(): void;
  /** After the note was deleted (its card is gone: focus goes elsewhere). */
  onDeleted?(): void;
}

/** One note: title, type, author, time, plain-text body (line breaks kept) and its sync state. */
export function NoteItem({ note, own, onEdit, onDeleted }: NoteItemProps) {
  const [confirming, setConfirming] = useState(false);
  const del = useLocalWrite(deleteNote, (message) => `The note was not deleted: ${message}`);
  const remove = async () => {
    const deleted = await del.run(note.id);
    if (deleted.ok) onDeleted?.();
    else setConfirming(false);
  };
  return (
    <article className="note" aria-label={note.title || 'Note'}>
      <header className="note-head">
        <h3 className="note-title">{note.title || 'Untitled note'}</h3>
        <span className="chip">{note.type}</span>
      </header>
      <p className="note-meta muted small">
        {note.author ?? 'Unknown author'} ·{' '}
        <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
        {note.updatedAt !== note.createdAt ? ' · edited' : ''}
      </p>
      {note.body ? <p className="note-body">{note.body}</p> : null}
      <OutboxMark entityId={note.id} kinds={['note.put', 'note.delete']} />
      <ErrorText>{del.error}</ErrorText>
      {own ? (
        <div className="note-actions">
          {confirming ? (
            <>
              <span className="small">Delete this note?</span>
              <button
                type="button"
                className="button danger small"
                // biome-ignore lint/a11y/noAutofocus: the confirmation replaced the focused "Delete" link
                autoFocus
                onClick={() => void remove()}
              >
                Delete
              </button>
              <button type="button" className="button small" onClick={() => setConfirming(false)}>
                Keep
              </button>
            </>
          ) : (
            <>
              <button
                type="button"
                className="link-button small"
                data-focus-id={`note-edit:${note.id}`}
                onClick={onEdit}
              >
                Edit
              </button>
              <button
                type="button"
                className="link-button small"
                onClick={() => setConfirming(true)}
              >
                Delete
              </button>
            </>
          )}
        </div>
      ) : null}
    </article>
  );
}
