import { readFileSync } from 'node:fs';
import type { WireChange } from '../protocol/wire-change';
import { buildDemoFeed } from '../sync/demo/feed';
import {
  createRepToken,
  createWriteKey,
  listReps,
  listWriteKeys,
  revokeRep,
  revokeWriteKey,
} from './auth/secrets';
import { parseArgs } from './cli-args';
import type { Database } from './db/driver';
import { applyChanges } from './ingest/apply-changes';
import {
  eventsCsvChanges,
  type ImportResult,
  taxonomyChanges,
  usersCsvChanges,
} from './ingest/import-files';
import { createLogger } from './log';
import { prepareDatabase, startServer } from './server';
import { updateWorkspace } from './store/workspace';

// `npm run server -- [command]`: with no command, runs the server; otherwise one admin
// command against the same database (DATABASE_URL, or PGlite in DATA_DIR / ./.data).

const USAGE = `Usage: npm run server -- [options] [command]
  (no command)                         run the server (--port, --host, --seed demo)
  token create --name N --email E      create a rep token (printed once)
  token list | token revoke <id|email>
  writekey create --name N             create a write key for ingestion (printed once)
  writekey list | writekey revoke <id>
  import users <users.csv> [events.csv] | import events <events.csv>
  import roles|personas|cadences <file.json|file.csv>
  workspace set [--name N] [--timezone Z] [--granularity event|day] [--id I]
Environment: DATABASE_URL=postgres://… (else PGlite in DATA_DIR, default ./.data), PORT,
  HOST, ENROLLMENT_WEBHOOK_URL, ENROLLMENT_WEBHOOK_SECRET.`;

const databaseOptions = (flags: Record<string, string>) => ({
  ...(process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : {}),
  dataDir: flags.data ?? process.env.DATA_DIR ?? './.data',
});

async function seedDemo(db: Database): Promise<void> {
  const anchor = new Date().toISOString().slice(0, 10);
  const outcome = await applyChanges(db, buildDemoFeed(anchor) as WireChange[]);
  console.log(`Demo workspace loaded (${outcome.written} records written).`);
}

async function runImport(db: Database, kind: string, files: string[]): Promise<void> {
  const read = (f: string | undefined) => {
    if (!f) throw new Error(`import ${kind} needs a file.\n${USAGE}`);
    return readFileSync(f, 'utf8');
  };
  let result: ImportResult;
  if (kind === 'users')
    result = usersCsvChanges(read(files[0]), files[1] ? read(files[1]) : undefined);
  else if (kind === 'events') result = await eventsCsvChanges(db, read(files[0]));
  else if (kind === 'roles' || kind === 'personas' || kind === 'cadences')
    result = taxonomyChanges(kind.slice(0, -1) as 'role' | 'persona' | 'cadence', read(files[0]));
  else throw new Error(`Unknown import "${kind}".\n${USAGE}`);
  if (!result.ok) {
    console.error(`Nothing imported; fix these first:\n${result.problems.join('\n')}`);
    process.exitCode = 1;
    return;
  }
  const outcome = await applyChanges(db, result.changes);
  console.log(`Imported: ${outcome.written} records changed, ${outcome.invalid.length} invalid.`);
}

async function admin(db: Database, positional: string[], flags: Record<string, string>) {
  const [noun, verb, ...rest] = positional;
  if (noun === 'token' && verb === 'create') {
    if (!flags.name || !flags.email) throw new Error('token create needs --name and --email.');
    const { rep, token } = await createRepToken(db, { name: flags.name, email: flags.email });
    console.log(
      `Token for ${rep.name} (id ${rep.id}). Shown once; paste it into the extension's settings:\n${token}`,
    );
  } else if (noun === 'token' && verb === 'list') console.table(await listReps(db));
  else if (noun === 'token' && verb === 'revoke')
    console.log(`Revoked ${await revokeRep(db, rest[0] ?? '')} token(s).`);
  else if (noun === 'writekey' && verb === 'create') {
    const { id, key } = await createWriteKey(db, flags.name ?? 'ingestion');
    console.log(
      `Write key ${id}. Shown once; use it as the Segment write key / HTTP Basic user name:\n${key}`,
    );
  } else if (noun === 'writekey' && verb === 'list') console.table(await listWriteKeys(db));
  else if (noun === 'writekey' && verb === 'revoke')
    console.log(`Revoked ${await revokeWriteKey(db, rest[0] ?? '')} key(s).`);
  else if (noun === 'import') await runImport(db, verb ?? '', rest);
  else if (noun === 'workspace' && verb === 'set') {
    const patch: Record<string, unknown> = {};
    if (flags.id) patch.id = flags.id;
    if (flags.name) patch.name = flags.name;
    if (flags.timezone) patch.timezone = flags.timezone;
    if (flags.granularity) patch.activityGranularity = flags.granularity;
    console.log(JSON.stringify(await db.transaction((tx) => updateWorkspace(tx, patch))));
  } else if (noun === 'seed' || flags.seed) await seedDemo(db);
  else throw new Error(USAGE);
}

async function main() {
  const { flags, positional } = parseArgs(process.argv.slice(2));
  if (flags.help) return console.log(USAGE);
  if (positional.length) {
    const db = await prepareDatabase(databaseOptions(flags));
    try {
      await admin(db, positional, flags);
    } finally {
      await db.close();
    }
    return;
  }
  const db = await prepareDatabase(databaseOptions(flags));
  if (flags.seed === 'demo') await seedDemo(db);
  else if (flags.seed) throw new Error(`Unknown seed "${flags.seed}" (only "demo").`);
  const server = await startServer({
    db,
    port: Number(flags.port ?? process.env.PORT ?? 8787),
    host: flags.host ?? process.env.HOST ?? '127.0.0.1',
    log: createLogger(),
  });
  console.error(
    `Sync server on ${server.url} (${db.kind}). Base URL for the extension: ${server.url}`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.ctx.log.info('shutting down', { signal });
    await server.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
