import { queryOptions } from '@tanstack/react-query';
import { getDb } from '../db/database';
import { META } from '../db/meta';
import { effectiveNoteTypes } from './note-types';

/** The note types the note form offers (the options page's local list, else the workspace's). */
export const noteTypesQuery = () =>
  queryOptions({
    queryKey: ['noteTypes'],
    queryFn: async () =>
      effectiveNoteTypes(
        await getDb().workspace.toCollection().first(),
        await META.noteTypes.get(),
      ),
    // Refreshed by the panel's Dexie→Query bridge when either table changes.
    meta: { tables: ['workspace', 'meta'] },
  });
