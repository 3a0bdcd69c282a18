import type { WhoAmI } from '../protocol/schemas';
import { readCsvStagingHeader, readStagedChanges } from './csv-staging';
import { acceptLocally, pullWithLedger } from './demo/local-echo';
import { type ChangePage, type Source, SourceError } from './source';

export { clearCsvStaging, readCsvStagingHeader, stageCsvImport } from './csv-staging';

const MAX_LIMIT = 5000;
const VERSION = 'csv1';

const NOTHING_IMPORTED =
  'No CSV files have been imported yet. Open Settings › Connection and import a users file.';

function decode(cursor: string): { importId: string; offset: number } | undefined {
  const [version, importId, offset, ...rest] = cursor.split(':');
  if (version !== VERSION || !importId || rest.length > 0 || !/^\d+$/.test(offset ?? ''))
    return undefined;
  return { importId, offset: Number(offset) };
}

/**
 * Serves the staged CSV import to the engine as pages of changes (cursor = import + offset),
 * so an import shows progress and survives a stopped worker like any sync. A cursor from an
 * earlier import answers like a 410: the engine forgets the old data and pulls the new import
 * from the start. Pushes are accepted locally (there is no server) and kept in a ledger that
 * is served after the import, so a re-import replays them (see demo/local-echo.ts).
 */
export function createCsvSource(): Source {
  return {
    kind: 'csv',
    pull: (cursor, limit) =>
      pullWithLedger('csv', cursor, limit, async (inner) => pullImport(inner, limit)),
    push: (item) => acceptLocally('csv', item),
    async whoami(): Promise<WhoAmI> {
      const header = await readCsvStagingHeader();
      return {
        workspace: { id: 'csv', name: header?.workspaceName ?? 'Imported from CSV' },
        user: { name: 'You', email: '' },
      };
    },
  };
}

async function pullImport(cursor: string | undefined, limit: number): Promise<ChangePage> {
  const header = await readCsvStagingHeader();
  // Nothing to retry until the user imports files: pause (like a rejected token) with words
  // that say what to do, rather than retrying forever.
  if (!header) throw new SourceError('auth', NOTHING_IMPORTED);
  const position = cursor === undefined ? { importId: header.importId, offset: 0 } : decode(cursor);
  if (!position || position.importId !== header.importId)
    throw new SourceError('gone', 'A new CSV import replaces the previous one.');
  const size = Math.max(1, Math.min(limit || MAX_LIMIT, MAX_LIMIT));
  const changes: unknown[] = await readStagedChanges(header, position.offset, size);
  const offset = position.offset + changes.length;
  return {
    cursor: `${VERSION}:${header.importId}:${offset}`,
    hasMore: offset < header.total,
    changes,
  };
}
