import { useQuery } from '@tanstack/react-query';
import { NoteListSection } from '@/components/shared/note-list-section';
import { EmptyState } from '@/components/ui/empty-state';
import { accountNotesQuery } from '@/lib/panel/account-queries';

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

  return (
    <NoteListSection
      notes={notes}
      isPending={isPending}
      newNoteAbout={{ accountId }}
      listLabel="Account notes"
      empty={
        <EmptyState title="No notes on this account yet">
          Notes written here, and on the pages of its users, show up in this list.
        </EmptyState>
      }
      renderAbout={(n) =>
        n.userId ? (
          <p className="note-about small muted">
            On the page of{' '}
            <button
              type="button"
              className="link-button small"
              onClick={() => n.userId && onOpenUser(n.userId)}
            >
              {userNames.get(n.userId) ?? 'a user of this account'}
            </button>
          </p>
        ) : null
      }
    />
  );
}
