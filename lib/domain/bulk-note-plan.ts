import type { Note, User } from './types';

// The same note written to each selected person: one note per person (a note belongs to one
// person or one account in the protocol), planned before anything is written.

export interface NoteDraft {
  title: string;
  body: string;
  type: string;
}

export interface BulkNotePlan {
  /** One note per person to write, without id or times (the store gives those). */
  notes: (NoteDraft & Pick<Note, 'userId'>)[];
  skipped: { userId: string; reason: 'unknown' }[];
  /** A reason the note cannot be written at all ("The note needs a title or a text"). */
  problem?: string;
  /** "Write the Call note “Renewal check-in” to 14 people" */
  summary: string;
}

export function planBulkNote(input: {
  selection: readonly string[];
  users: ReadonlyMap<string, Pick<User, 'id'>>;
  draft: NoteDraft;
  /** The workspace's note types: an unknown type is refused, as in the note form. */
  noteTypes: readonly string[];
}): BulkNotePlan {
  const draft = {
    title: input.draft.title.trim(),
    body: input.draft.body.trim(),
    type: input.draft.type,
  };
  const unique = [...new Set(input.selection)];
  const skipped = unique
    .filter((id) => !input.users.has(id))
    .map((userId) => ({ userId, reason: 'unknown' as const }));
  const targets = unique.filter((id) => input.users.has(id));
  const problem =
    !draft.title && !draft.body
      ? 'The note needs a title or a text'
      : !input.noteTypes.includes(draft.type)
        ? `“${draft.type}” is not one of the workspace’s note types`
        : targets.length === 0
          ? 'Nobody selected is in the workspace any more'
          : undefined;
  const who = targets.length === 1 ? '1 person' : `${targets.length} people`;
  const what = draft.title ? `the ${draft.type} note “${draft.title}”` : `a ${draft.type} note`;
  const skip = skipped.length
    ? `; ${skipped.length} ${skipped.length === 1 ? 'is' : 'are'} no longer in the workspace and will be skipped`
    : '';
  return {
    notes: problem ? [] : targets.map((userId) => ({ ...draft, userId })),
    skipped,
    ...(problem ? { problem } : {}),
    summary: `Write ${what} to ${who}${skip}`,
  };
}
