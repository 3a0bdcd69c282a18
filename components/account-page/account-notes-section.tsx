import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { Skeleton } from '@/components/ui/skeleton';
import { NoteForm } from '@/components/user-page/note-form';
import { NoteItem } from '@/components/user-page/note-item';
import { FALLBACK_AUTHOR } from '@/components/user-page/notes-section';
import type { Note } from '@/lib/domain/types';
import { accountNotesQuery } from '@/lib/panel/account-queries';
import { whoamiQuery } from '@/lib/panel/sync-queries';

export interface AccountNotesSectionProps {
  accountId: string;
  /** Names of the account's users, to say whose page a note was written on. */
  userNames: ReadonlyMap<string, string>;
  onOpenUser(userId: string): void;
}

/** Notes on the account and on its users' pages, newest first, with "New note" on the account. */
export function AccountNotesSection({
  accountId,
  userNames,
  onOpenUser,
}: AccountNotesSectionProps) {
  const { data: notes, isPending } = useQuery(accountNotesQuery(accountId));
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
          // An edit keeps what the note is about; a new note is about the account.
          {...(editing === 'new'
            ? { accountId }
            : { userId: editing.userId, accountId: editing.accountId, note: editing })}
          author={whoami?.user?.name ? undefined : FALLBACK_AUTHOR}
          onDone={() => setEditing(undefined)}
        />
      ) : null}
      {isPending ? (
        <Skeleton lines={2} label="Loading notes…" />
      ) : !notes || notes.length === 0 ? (
        editing ? null : (
          <EmptyState title="No notes on this account yet">
            Notes written here, and on the pages of its users, show up in this list.
          </EmptyState>
        )
      ) : (
        <ul className="notes" aria-label="Account notes">
          {notes.map((n) => {
            const about = n.userId ? userNames.get(n.userId) : undefined;
            return (
              <li key={n.id}>
                {n.userId ? (
                  <p className="note-about small muted">
                    On the page of{' '}
                    <button
                      type="button"
                      className="link-button small"
                      onClick={() => n.userId && onOpenUser(n.userId)}
                    >
                      {about ?? 'a user of this account'}
                    </button>
                  </p>
                ) : null}
                <NoteItem note={n} own={n.author === me} onEdit={() => setEditing(n)} />
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
