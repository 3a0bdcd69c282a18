import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { Skeleton } from '@/components/ui/skeleton';
import type { Note } from '@/lib/domain/types';
import { whoamiQuery } from '@/lib/panel/sync-queries';
import { userNotesQuery } from '@/lib/panel/user-queries';
import { NoteForm } from './note-form';
import { NoteItem } from './note-item';

/** Used as author when the sync server has not told us who the user is (demo, CSV). */
export const FALLBACK_AUTHOR = 'You';

/** The user's notes, newest first, with a form to write, edit and delete one's own. */
export function NotesSection({ userId }: { userId: string }) {
  const { data: notes, isPending } = useQuery(userNotesQuery(userId));
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
          userId={userId}
          note={editing === 'new' ? undefined : editing}
          author={whoami?.user?.name ? undefined : FALLBACK_AUTHOR}
          onDone={() => setEditing(undefined)}
        />
      ) : null}
      {isPending ? (
        <Skeleton lines={2} label="Loading notes…" />
      ) : !notes || notes.length === 0 ? (
        editing ? null : (
          <EmptyState title="No notes yet">
            Write what you learned on your last call with “New note”: the whole team will see it.
          </EmptyState>
        )
      ) : (
        <ul className="notes" aria-label="Notes">
          {notes.map((n) => (
            <li key={n.id}>
              <NoteItem note={n} own={n.author === me} onEdit={() => setEditing(n)} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
