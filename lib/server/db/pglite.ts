import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Sql } from './driver';

/**
 * Embedded PostgreSQL (PGlite, Postgres compiled to WASM) in a data folder. It has one
 * connection, so transactions are serialised by PGlite itself.
 */
export async function openPglite(dataDir: string): Promise<Database> {
  const memory = dataDir.startsWith('memory://');
  if (!memory) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(memory ? undefined : dataDir);
  const wrap = (q: Pick<PGlite, 'query'>): Sql => ({
    async query<T>(text: string, params: unknown[] = []) {
      return (await q.query<T>(text, params)).rows;
    },
  });
  const base = wrap(pg);
  return {
    kind: 'pglite',
    query: base.query,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    exec: async (script) => {
      await pg.exec(script);
    },
    close: () => pg.close(),
  };
}
