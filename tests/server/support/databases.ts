import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { Database } from '@/lib/server/db/driver';
import { prepareDatabase } from '@/lib/server/server';

/** The databases a server test runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const BACKENDS: ('pglite' | 'postgres')[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

export interface TestDatabase {
  db: Database;
  /** The database's postgres:// address (PostgreSQL only), for a server or CLI process. */
  url?: string;
  /** Empties every table, as a fresh install would be (the schema stays). */
  reset(): Promise<void>;
  drop(): Promise<void>;
}

const TABLES =
  'entities, changes, reps, write_keys, ingested_messages, webhook_outbox, meta, anonymous_ids, anonymous_events, rep_pushes, invitations, admin_sessions, audit_log, ingest_rejections';

/**
 * A database of its own for one test file: a PGlite in memory, or a fresh database created on
 * the PostgreSQL server (files run in parallel) and dropped afterwards.
 */
export async function openTestDatabase(kind: 'pglite' | 'postgres'): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const db = await prepareDatabase({ dataDir: 'memory://' });
    return {
      db,
      reset: () => db.exec(`TRUNCATE ${TABLES} RESTART IDENTITY`),
      drop: () => db.close(),
    };
  }
  const admin = process.env.TEST_DATABASE_URL as string;
  const name = `server_test_${randomBytes(6).toString('hex')}`;
  const sql = postgres(admin, { max: 1, onnotice: () => {} });
  await sql.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const db = await prepareDatabase({ url: url.toString() });
  return {
    db,
    url: url.toString(),
    reset: () => db.exec(`TRUNCATE ${TABLES} RESTART IDENTITY`),
    drop: async () => {
      await db.close();
      await sql.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await sql.end();
    },
  };
}

export async function databasesFor(kinds = BACKENDS) {
  const out = new Map<string, TestDatabase>();
  for (const k of kinds) out.set(k, await openTestDatabase(k));
  return out;
}
