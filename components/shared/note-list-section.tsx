import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Section } from '@/components/ui/section';
import { Skeleton } from '@/components/ui/skeleton';
import type { Note } from '@/lib/domain/types';
import { focusIdSelector, focusWhenShown } from '@/lib/panel/focus-when-shown';
import { whoamiQuery } from '@/lib/panel/sync-queries';
import { NoteForm, type NoteFormProps } from './note-form';
import { NoteItem } from './note-item';

const NEW_NOTE = '[data-focus-id="new-note"]';

/** Used as author when the sync server has not told us who the user is (demo, CSV). */
export const FALLBACK_AUTHOR = 'You';

export interface NoteListSectionProps {
  notes: readonly Note[] | undefined;
  isPending: boolean;
  /** What a new note is about; an edited note keeps what it was about. */
  newNoteAbout: Pick<NoteFormProps, 'userId' | 'accountId'>;
  /** Shown when there is no note and the form is closed. */
  empty: ReactNode;
  listLabel: string;
  /** A line above a note, e.g. whose page it was written on. */
  renderAbout?(note: Note): ReactNode;
}

/**
 * The "Notes" section shared by the user and account pages: "New note", the form to write or
 * edit one's own note, and the list newest first.
 */
export function NoteListSection({
  notes,
  isPending,
  newNoteAbout,
  empty,
  listLabel,
  renderAbout,
}: NoteListSectionProps) {
  const { data: whoami } = useQuery(whoamiQuery());
  const [editing, setEditing] = useState<Note | 'new' | undefined>();
  const me = whoami?.user?.name || FALLBACK_AUTHOR;
  const author = whoami?.user?.name ? undefined : FALLBACK_AUTHOR;
  // Closing the form puts focus back where the user started: "New note", or the edited note.
  const close = (from: Note | 'new') => {
    setEditing(undefined);
    focusWhenShown(
      document.body,
      from === 'new' ? NEW_NOTE : focusIdSelector(`note-edit:${from.id}`),
    );
  };

  return (
    <Section
      title="Notes"
      actions={
        editing ? null : (
          <button
            type="button"
            className="button primary small"
            data-focus-id="new-note"
            onClick={() => setEditing('new')}
          >
            New note
          </button>
        )
      }
    >
      {editing === 'new' ? (
        <NoteForm {...newNoteAbout} author={author} onDone={() => close('new')} />
      ) : null}
      {isPending ? (
        <Skeleton lines={2} label="Loading notes…" />
      ) : !notes || notes.length === 0 ? (
        editing ? null : (
          empty
        )
      ) : (
        <ul className="notes" aria-label={listLabel}>
          {notes.map((n) => (
            <li key={n.id}>
              {renderAbout?.(n)}
              {editing !== 'new' && editing?.id === n.id ? (
                // Edited in place: the form takes the note's spot, so nothing moves.
                <NoteForm
                  userId={n.userId}
                  accountId={n.accountId}
                  note={n}
                  onDone={() => close(n)}
                />
              ) : (
                <NoteItem
                  note={n}
                  own={n.author === me}
                  onEdit={() => setEditing(n)}
                  onDeleted={() => focusWhenShown(document.body, NEW_NOTE)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
