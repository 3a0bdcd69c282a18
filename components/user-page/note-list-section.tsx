import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Section } from '@/components/ui/section';
import { Skeleton } from '@/components/ui/skeleton';
import type { Note } from '@/lib/domain/types';
import { whoamiQuery } from '@/lib/panel/sync-queries';
import { NoteForm, type NoteFormProps } from './note-form';
import { NoteItem } from './note-item';

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

  return (
    <Section
      title="Notes"
      actions={
        editing ? null : (
          <button type="button" className="button primary small" onClick={() => setEditing('new')}>
            New note
          </button>
        )
      }
    >
      {editing ? (
        <NoteForm
          {...(editing === 'new'
            ? newNoteAbout
            : { userId: editing.userId, accountId: editing.accountId })}
          {...(editing === 'new' ? {} : { note: editing })}
          author={whoami?.user?.name ? undefined : FALLBACK_AUTHOR}
          onDone={() => setEditing(undefined)}
        />
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
              <NoteItem note={n} own={n.author === me} onEdit={() => setEditing(n)} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
