import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { NoteForm } from '@/components/shared/note-form';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { deleteNote, saveNote } from '@/lib/db/note-writes';
import type { Note } from '@/lib/domain/types';
import { renderSection } from '../options/options-fixture';

// Issue #12: two panels open on the same note. A stale edit form must not re-create a note the
// other panel deleted, nor silently overwrite the other panel's edit.

let original: Note;
beforeEach(async () => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  original = await saveNote({ userId: 'u1', title: 'Plan', body: 'v1', type: 'General' });
});

async function editInStaleForm() {
  const user = userEvent.setup();
  let done = 0;
  renderSection(<NoteForm userId="u1" note={original} onDone={() => done++} />);
  const body = await screen.findByLabelText('Note');
  await user.clear(body);
  await user.type(body, 'mine');
  return { user, done: () => done };
}

describe('saving a note edited in another panel meanwhile', () => {
  it('refuses to re-create a note another panel deleted, and says so', async () => {
    const form = await editInStaleForm();
    await deleteNote(original.id);
    await form.user.click(screen.getByRole('button', { name: /save/i }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /This note was deleted in another window/,
    );
    expect(await getDb().notes.get(original.id)).toBeUndefined();
    expect(form.done()).toBe(0);
  });

  it('refuses to overwrite a newer edit silently; a second save replaces it deliberately', async () => {
    const form = await editInStaleForm();
    await new Promise((r) => setTimeout(r, 5)); // a later updatedAt than the form's
    const theirs = await saveNote({ ...original, body: 'theirs' });
    await form.user.click(screen.getByRole('button', { name: /save/i }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/changed in another window/);
    expect(await getDb().notes.get(original.id)).toEqual(theirs);
    await form.user.click(screen.getByRole('button', { name: /save/i }));
    await waitFor(() => expect(form.done()).toBe(1));
    expect((await getDb().notes.get(original.id))?.body).toBe('mine');
  });
});
