import { createRepToken, createWriteKey } from '@/lib/server/auth/secrets';
import { silentLogger } from '@/lib/server/log';
import { type RunningServer, type StartOptions, startServer } from '@/lib/server/server';
import type { TestDatabase } from './databases';

/**
 * lib/server on an emptied test database (or on its data as it is, with `keepData`), with one
 * rep token and one write key.
 */
export async function serverWithKeys(
  database: TestDatabase,
  { keepData, ...opts }: Omit<StartOptions, 'db'> & { keepData?: boolean } = {},
) {
  if (!keepData) await database.reset();
  const server: RunningServer = await startServer({ log: silentLogger, ...opts, db: database.db });
  const { token } = await createRepToken(database.db, {
    name: 'Sam Seller',
    email: 'sam@example.com',
  });
  const { key } = await createWriteKey(database.db, 'tests');
  const call = async (method: string, path: string, body?: unknown, auth = `Bearer ${token}`) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json' },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined };
  };
  const basic = `Basic ${Buffer.from(`${key}:`).toString('base64')}`;
  return {
    server,
    token,
    key,
    call,
    /** POST to a Segment endpoint with the write key. */
    ingest: (path: string, body: unknown) => call('POST', path, body, basic),
    /** Every change of the feed, from no cursor. */
    feed: async () => {
      const out: { type: string; op: string; data?: Record<string, unknown>; id?: string }[] = [];
      let cursor: string | undefined;
      for (;;) {
        const page = await call(
          'GET',
          `/v1/changes?limit=5000${cursor ? `&cursor=${cursor}` : ''}`,
        );
        out.push(...page.json.changes);
        cursor = page.json.cursor;
        if (!page.json.hasMore) return out;
      }
    },
  };
}
