import type { Workspace } from '../domain/types';

/**
 * The note types the note form offers. The workspace sends its list; a local list saved on the
 * options page (META.noteTypes) replaces it on this browser until reset.
 */
const FALLBACK_NOTE_TYPES = ['General', 'Call', 'Meeting', 'Email', 'QBR'];

export function effectiveNoteTypes(
  workspace: Pick<Workspace, 'noteTypes'> | undefined,
  local: string[] | undefined,
): string[] {
  if (local && local.length > 0) return local;
  if (workspace && workspace.noteTypes.length > 0) return workspace.noteTypes;
  return FALLBACK_NOTE_TYPES;
}
