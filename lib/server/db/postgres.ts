import postgres from 'postgres';
import type { Database, Sql } from './driver';

type Client = postgres.Sql | postgres.TransactionSql;

/** A PostgreSQL server through the `postgres` client (a small pool, prepared statements). */
export async function openPostgres(url: string): Promise<Database> {
  const sql = postgres(url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 5),
    onnotice: () => {},
  });
  const wrap = (client: Client): Sql => ({
    async query<T>(text: string, params: unknown[] = []) {
      return (await client.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as T[];
    },
  });
  const base = wrap(sql);
  return {
    kind: 'postgres',
    query: base.query,
    transaction: async (fn) => (await sql.begin((tx) => fn(wrap(tx)))) as never,
    exec: async (script) => {
      await sql.unsafe(script);
    },
    close: () => sql.end({ timeout: 5 }),
  };
}
