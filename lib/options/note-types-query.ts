import { getDb } from '../db/database';
import { META } from '../db/meta';
import { dexieQuery } from '../query/dexie-query';
import { effectiveNoteTypes } from './note-types';

/** The note types the note form offers (the options page's local list, else the workspace's). */
export const noteTypesQuery = () =>
  dexieQuery({
    key: ['noteTypes'],
    // Refreshed by the panel's Dexie→Query bridge when either table changes.
    tables: ['workspace', 'meta'],
    fn: async () =>
      effectiveNoteTypes(
        await getDb().workspace.toCollection().first(),
        await META.noteTypes.get(),
      ),
  });
