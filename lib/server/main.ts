import { forwardToServer, serveAdmin } from './admin-socket';
import { ssoFromEnv } from './auth/sso-config';
import { consoleOutput, runAdmin, seedDemoCommand, USAGE } from './cli';
import { parseArgs } from './cli-args';
import type { Database } from './db/driver';
import { createLogger } from './log';
import { prepareDatabase, startServer } from './server';

// `npm run server -- [command]`: with no command, runs the server; otherwise one admin
// command (lib/server/cli.ts) against the same database (DATABASE_URL, or PGlite in DATA_DIR /
// ./.data). On PGlite, while a server runs on the folder, the command runs inside that server
// (lib/server/admin-socket.ts): two processes must never open one PGlite folder.

const argv = process.argv.slice(2);
const { flags, positional } = parseArgs(argv);
const url = process.env.DATABASE_URL || undefined;
const dataDir = flags.data ?? process.env.DATA_DIR ?? './.data';
const databaseOptions = { ...(url ? { url } : {}), dataDir };

async function admin(): Promise<number> {
  if (!url) {
    const code = await forwardToServer(dataDir, argv, consoleOutput);
    if (code !== undefined) return code;
  }
  const db = await prepareDatabase(databaseOptions);
  try {
    return await runAdmin(db, positional, flags);
  } finally {
    await db.close();
  }
}

async function serve(): Promise<void> {
  // Claim the folder before opening it, so a second server (or a command) never opens it too.
  let opened: (db: Database) => void = () => {};
  const ready = new Promise<Database>((resolve) => {
    opened = resolve;
  });
  const adminSocket = url
    ? undefined
    : await serveAdmin(dataDir, async (args, io) => {
        const parsed = parseArgs(args);
        return runAdmin(await ready, parsed.positional, parsed.flags, io);
      });
  const db = await prepareDatabase(databaseOptions);
  opened(db);
  if (flags.seed === 'demo') await seedDemoCommand(db);
  const server = await startServer({
    db,
    port: Number(flags.port ?? process.env.PORT ?? 8787),
    host: flags.host ?? process.env.HOST ?? '127.0.0.1',
    log: createLogger(),
    // --oidc-issuer/--oidc-client-id/--oidc-client-secret… override the OIDC_* variables.
    ...(ssoFromEnv(process.env, flags) ? { config: { sso: ssoFromEnv(process.env, flags) } } : {}),
  });
  // The start-up banner is a log line like the others; `url` is the extension's base URL.
  server.ctx.log.info('sync server ready', {
    url: server.url,
    database: db.kind,
    pid: process.pid,
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.ctx.log.info('shutting down', { signal });
    await adminSocket?.close();
    await server.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

async function main() {
  if (flags.help) return console.log(USAGE);
  if (flags.seed && flags.seed !== 'demo')
    throw new Error(`Unknown seed "${flags.seed}" (only "demo").`);
  if (positional.length) process.exitCode = await admin();
  else await serve();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
