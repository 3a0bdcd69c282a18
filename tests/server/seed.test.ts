import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@/lib/domain/time';
import { seedDemo } from '@/lib/server/ingest/demo-seed';
import { lockFeed, writeEntities } from '@/lib/server/store/changes';
import { ensureWorkspace } from '@/lib/server/store/workspace';
import { DEMO_ACCOUNTS } from '@/lib/sync/demo/catalog';
import { buildDemoFeed, demoEvents, demoPeople } from '@/lib/sync/demo/feed';
import { BACKENDS, openTestDatabase, type TestDatabase } from './support/databases';
import { runCli, spawnServer } from './support/spawn-server';

// `npm run server -- --seed demo`: the demo workspace, served to a rep whose token the CLI
// made while the server ran; a restart with --seed demo again duplicates and rewrites nothing.

type Change = { type: string; op: string; data?: { id?: string } & Record<string, unknown> };

async function pullAll(url: string, token: string, from = '') {
  const changes: Change[] = [];
  let cursor = from;
  for (;;) {
    const res = await fetch(`${url}/v1/changes?limit=5000${cursor ? `&cursor=${cursor}` : ''}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const page = (await res.json()) as { cursor: string; hasMore: boolean; changes: Change[] };
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return { changes, cursor };
  }
}
const idsOf = (changes: Change[], type: string) =>
  changes.filter((c) => c.type === type).map((c) => c.data?.id);

describe.each(BACKENDS)('the server started with --seed demo on %s', (kind) => {
  const dir = mkdtempSync(join(tmpdir(), 'server-seed-'));
  let database: TestDatabase | undefined;
  let env: Record<string, string>;
  beforeAll(async () => {
    if (kind === 'postgres') {
      database = await openTestDatabase('postgres');
      env = { DATABASE_URL: database.url as string };
    } else env = { DATA_DIR: join(dir, 'db') };
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the demo workspace to a rep the CLI added; a restart with --seed demo changes nothing', async () => {
    let server = await spawnServer(env.DATA_DIR ?? dir, env, ['--seed', 'demo']);
    expect(server.output()).toContain('Demo workspace loaded');
    // The CLI while the server runs (on PGlite it runs inside the server, see admin-socket.ts).
    const created = await runCli(
      ['token', 'create', '--name', 'Sam Seller', '--email', 'sam@example.com'],
      env,
    );
    expect(created.code).toBe(0);
    const token = created.stdout.trim().split('\n').pop() as string;
    const whoami = await fetch(`${server.url}/v1/whoami`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(await whoami.json()).toEqual({
      workspace: { id: 'demo', name: 'Demo workspace' },
      user: { name: 'Sam Seller', email: 'sam@example.com' },
    });

    const first = await pullAll(server.url, token);
    const demo = buildDemoFeed(new Date().toISOString().slice(0, 10)) as Change[];
    for (const type of ['user', 'account', 'event', 'note', 'cadence', 'enrollment'])
      expect(new Set(idsOf(first.changes, type)), type).toEqual(new Set(idsOf(demo, type)));
    expect(idsOf(first.changes, 'user')).toHaveLength(demoPeople().length);
    expect(idsOf(first.changes, 'account')).toHaveLength(DEMO_ACCOUNTS.length);
    expect(new Set(idsOf(first.changes, 'event')).size).toBe(idsOf(first.changes, 'event').length);

    // A rep edits a demo note; then the server restarts with --seed demo again.
    const note = first.changes.find((c) => c.type === 'note')?.data as Record<string, unknown>;
    const edited = { ...note, body: 'Edited by Sam', updatedAt: new Date().toISOString() };
    const put = await fetch(`${server.url}/v1/notes/${note.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(edited),
    });
    expect(put.status).toBe(200);
    const before = await pullAll(server.url, token);
    expect(await server.kill('SIGTERM')).toBe(0);

    server = await spawnServer(env.DATA_DIR ?? dir, env, ['--seed', 'demo']);
    expect(server.output()).toContain('Demo workspace already loaded');
    const after = await pullAll(server.url, token);
    expect(after.changes).toEqual(before.changes);
    expect(after.changes.find((c) => c.data?.id === note.id)?.data?.body).toBe('Edited by Sam');
    // A client holding the cursor from before the restart gets nothing new.
    expect((await pullAll(server.url, token, before.cursor)).changes).toEqual([]);
    expect(await server.kill('SIGTERM')).toBe(0);
  }, 600_000);
});

describe.each(BACKENDS)('seeding the demo on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.drop());

  it('loads once; a later day adds only the demo activity of the days since', async () => {
    const { db } = database;
    await database.reset();
    await ensureWorkspace(db, { id: 'workspace', name: 'My workspace' });
    const anchor = '2026-11-20';
    const loaded = await seedDemo(db, anchor);
    expect(loaded).toMatchObject({ loaded: true, anchor });
    // Account facts a CSM looks for, the renewal counted from the anchor day.
    const [northwind] = await db.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM entities WHERE type = 'account' AND id = 'acc-northwind'`,
    );
    expect(northwind?.data).toMatchObject({
      arr: 184000,
      currency: 'USD',
      plan: 'Enterprise',
      renewalDate: addDays(anchor, 42),
      ownerEmail: 'dana.reyes@ourteam.example',
    });
    const top = async () =>
      (await db.query<{ top: number }>('SELECT max(seq)::int AS top FROM changes'))[0]?.top;
    const seqBefore = await top();
    // A rep's edit to a demo user survives later seeds.
    const [user] = await db.query<{ data: Record<string, unknown> }>(
      `SELECT data FROM entities WHERE type = 'user' ORDER BY id LIMIT 1`,
    );
    await db.transaction(async (tx) => {
      await lockFeed(tx);
      await writeEntities(tx, 'user', [{ ...user?.data, segment: 'Edited' }]);
    });
    expect(await seedDemo(db, anchor)).toEqual({ loaded: false, anchor, written: 0 });
    expect(await top()).toBe((seqBefore ?? 0) + 1);

    const later = addDays(anchor, 3);
    const added = demoEvents(anchor, addDays(later, -1), anchor);
    expect(added.length).toBeGreaterThan(0);
    expect(await seedDemo(db, later)).toEqual({ loaded: false, anchor, written: added.length });
    expect(await seedDemo(db, later)).toEqual({ loaded: false, anchor, written: 0 });
    const stored = await db.query<{ data: { segment?: string } }>(
      `SELECT data FROM entities WHERE type = 'user' AND id = $1`,
      [user?.data.id],
    );
    expect(stored[0]?.data.segment).toBe('Edited');
    const events = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM entities WHERE type = 'event'`,
    );
    expect(events[0]?.n).toBe(
      buildDemoFeed(anchor).filter((c) => c.type === 'event').length + added.length,
    );
  });
});
