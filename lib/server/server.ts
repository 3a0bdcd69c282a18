import { randomBytes, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { configFromEnv, type ServerConfig, type ServerContext } from './context';
import { type Database, type DatabaseOptions, openDatabase } from './db/driver';
import { migrate } from './db/migrations';
import { createApp } from './http/app';
import { createLogger, type Logger } from './log';
import { purgeTombstones } from './store/feed';
import { defaultWorkspace, ensureWorkspace } from './store/workspace';
import { startWebhookDeliverer } from './webhook';

export interface StartOptions {
  database?: DatabaseOptions;
  /** An already open database (tests share one between a server and their assertions). */
  db?: Database;
  port?: number;
  host?: string;
  config?: Partial<ServerConfig>;
  log?: Logger;
  /** Deletes older than this leave the feed (cursors from before then get 410). Default 30 days. */
  tombstoneRetentionMs?: number;
  webhookBackoffMs?: (attempt: number) => number;
}

export interface RunningServer {
  url: string;
  port: number;
  ctx: ServerContext;
  /** Graceful: stops accepting, lets requests in flight finish (and commit), then closes. */
  close(): Promise<void>;
}

/** Opens (and migrates) the database and reads or creates this database's id. */
export async function prepareDatabase(opts: DatabaseOptions): Promise<Database> {
  const db = await openDatabase(opts);
  await migrate(db);
  // Admin commands (an import on a fresh install) need the workspace as much as the server.
  await ensureWorkspace(db, defaultWorkspace());
  return db;
}

async function databaseId(db: Database): Promise<string> {
  await db.query(`INSERT INTO meta (key, value) VALUES ('dbId', $1) ON CONFLICT DO NOTHING`, [
    randomUUID(),
  ]);
  const rows = await db.query<{ value: string }>(`SELECT value FROM meta WHERE key = 'dbId'`);
  return rows[0]?.value ?? '';
}

/** The webhook secret: ENROLLMENT_WEBHOOK_SECRET, else one generated once and kept in the database. */
async function webhookSecret(db: Database, configured?: string): Promise<string> {
  if (configured) return configured;
  await db.query(
    `INSERT INTO meta (key, value) VALUES ('webhookSecret', $1) ON CONFLICT DO NOTHING`,
    [randomBytes(32).toString('hex')],
  );
  return (
    (await db.query<{ value: string }>(`SELECT value FROM meta WHERE key = 'webhookSecret'`))[0]
      ?.value ?? ''
  );
}

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const log = opts.log ?? createLogger();
  const config = { ...configFromEnv(), ...opts.config };
  const ownsDb = !opts.db;
  const db = opts.db ?? (await prepareDatabase(opts.database ?? {}));
  if (!ownsDb) await migrate(db);
  await ensureWorkspace(db, defaultWorkspace());
  const dbId = await databaseId(db);

  const webhook = config.webhookUrl
    ? startWebhookDeliverer(db, {
        url: config.webhookUrl,
        secret: await webhookSecret(db, config.webhookSecret),
        log,
        timeoutMs: config.webhookTimeoutMs,
        ...(opts.webhookBackoffMs ? { backoffMs: opts.webhookBackoffMs } : {}),
      })
    : undefined;
  const ctx: ServerContext = { db, dbId, log, config, notifyEnrollment: () => webhook?.kick() };

  const retention = opts.tombstoneRetentionMs ?? 30 * 86_400_000;
  const purge = () =>
    purgeTombstones(db, retention).catch((e) => log.error('purge failed', { error: String(e) }));
  await purge();
  const purgeTimer = setInterval(purge, 3_600_000);
  purgeTimer.unref();

  const app = createApp(ctx);
  const server = await new Promise<Server>((resolve) => {
    const s = serve(
      { fetch: app.fetch, port: opts.port ?? 0, hostname: opts.host ?? '127.0.0.1' },
      () => resolve(s as Server),
    ) as Server;
  });
  const port = (server.address() as AddressInfo).port;
  log.info('listening', { port, database: db.kind });

  let closing: Promise<void> | undefined;
  return {
    url: `http://${opts.host && opts.host !== '0.0.0.0' ? opts.host : '127.0.0.1'}:${port}`,
    port,
    ctx,
    close: () => {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        clearInterval(purgeTimer);
        await webhook?.stop();
        if (ownsDb) await db.close();
        log.info('stopped');
      })();
      return closing;
    },
  };
}
