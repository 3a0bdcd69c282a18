import { definitionsFrom } from '../domain/definitions';
import type { Definitions } from '../domain/types';
import { getDb } from './database';
import { META } from './meta';

/** The rules in force: the synced workspace's values with the local overrides applied. */
export async function getDefinitions(): Promise<Definitions> {
  const db = getDb();
  const [workspace, overrides] = await Promise.all([
    db.workspace.toCollection().first(),
    META.definitionOverrides.get(),
  ]);
  return definitionsFrom(workspace, overrides);
}

/** Identifies a set of definitions, to notice when derived data was computed under others. */
export const definitionsFingerprint = (defs: Definitions) => JSON.stringify(defs);
