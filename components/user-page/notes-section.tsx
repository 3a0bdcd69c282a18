import { useQuery } from '@tanstack/react-query';
import { NoteListSection } from '@/components/shared/note-list-section';
import { EmptyState } from '@/components/ui/empty-state';
import { userNotesQuery } from '@/lib/panel/user-queries';

/** The user's notes, newest first, with a form to write, edit and delete one's own. */
export function NotesSection({ userId }: { userId: string }) {
  const { data: notes, isPending } = useQuery(userNotesQuery(userId));

  return (
    <NoteListSection
      notes={notes}
      isPending={isPending}
      newNoteAbout={{ userId }}
      listLabel="Notes"
      empty={
        <EmptyState title="No notes yet">
          Write what you learned on your last call with “New note”: the whole team will see it.
        </EmptyState>
      }
    />
  );
}
