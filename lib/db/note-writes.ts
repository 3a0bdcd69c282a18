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
  /**
   * The `updatedAt` of the note as the edit form loaded it. When given, the save is refused if
   * the note was deleted or changed since (another panel or window), instead of silently
   * re-creating it or overwriting the other edit.
   */
  expectedUpdatedAt?: string;
}

/** The note changed (or went) since the edit form opened; `current` is its updatedAt now. */
export class NoteConflictError extends Error {
  constructor(readonly current: string | undefined) {
    super(
      current === undefined
        ? 'This note was deleted in another window. Save again to keep it as it is in this form.'
        : 'This note was changed in another window since you opened it. Save again to replace that version with yours, or cancel to keep it.',
    );
    this.name = 'NoteConflictError';
  }
}

/** Creates or edits a note locally and queues its PUT. The author defaults to the token's user. */
export function saveNote(input: NoteInput): Promise<Note> {
  return localWrite('notes', async (db) => {
    const now = new Date().toISOString();
    const existing = input.id ? await db.notes.get(input.id) : undefined;
    // Checked in the same transaction as the write, so no other panel can slip in between.
    if (input.expectedUpdatedAt !== undefined && existing?.updatedAt !== input.expectedUpdatedAt)
      throw new NoteConflictError(existing?.updatedAt);
    const whoami = await META.whoami.get();
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
