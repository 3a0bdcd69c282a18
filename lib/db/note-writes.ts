import type { Note } from '../domain/types';
import { localWrite, recordLocalWrite } from './local-write';
import { META } from './meta';

export interface NoteInput {
  id?: string;
  userId?: string;
  accountId?: string;
  title: string;
  body: string;
  type: string;
  author?: string;
}

/** Creates or edits a note locally and queues its PUT. The author defaults to the token's user. */
export function saveNote(input: NoteInput): Promise<Note> {
  return localWrite('notes', async (db) => {
    const now = new Date().toISOString();
    const existing = input.id ? await db.notes.get(input.id) : undefined;
    const whoami = (await db.meta.get(META.whoami))?.value as
      | { user?: { name?: string } }
      | undefined;
    const author = input.author ?? existing?.author ?? whoami?.user?.name;
    const note: Note = {
      id: input.id ?? crypto.randomUUID(),
      title: input.title,
      body: input.body,
      type: input.type,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      ...(input.userId !== undefined ? { userId: input.userId } : {}),
      ...(input.accountId !== undefined ? { accountId: input.accountId } : {}),
      ...(author ? { author } : {}),
    };
    await recordLocalWrite(db, 'notes', note.id, {
      kind: 'note.put',
      method: 'PUT',
      path: `/v1/notes/${encodeURIComponent(note.id)}`,
      body: note,
    });
    await db.notes.put(note);
    return note;
  });
}

/** Deletes a note locally and queues its DELETE. */
export function deleteNote(id: string): Promise<void> {
  return localWrite('notes', async (db) => {
    await recordLocalWrite(db, 'notes', id, {
      kind: 'note.delete',
      method: 'DELETE',
      path: `/v1/notes/${encodeURIComponent(id)}`,
    });
    await db.notes.delete(id);
  });
}
