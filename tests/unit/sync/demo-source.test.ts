import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import type { OutboxItem } from '@/lib/db/records';
import { decodeDemoCursor } from '@/lib/sync/demo/cursor';
import {
  createDemoSource,
  DEMO_SAMPLE_PEOPLE,
  DEMO_WHOAMI,
  DEMO_WORKSPACE_ID,
} from '@/lib/sync/demo-source';
import { SourceError } from '@/lib/sync/source';
import { clockAt, pullAll, type RawChange, upserts } from './demo-helpers';

const FIRST_SYNC = '2026-11-22T15:30:00Z';

/** The anchor day of a demo cursor (the ledger position `~seq` follows the demo's own part). */
const demoAnchorOf = (cursor: string | undefined) =>
  cursor ? decodeDemoCursor(cursor.split('~')[0] ?? '')?.anchor : undefined;

// The demo source's ledger of local-only writes lives in the shared database.
beforeEach(() => META.localLedgers.clear());

describe('createDemoSource', () => {
  it('gives the same workspace for the same anchor day, whatever the time of day', async () => {
    const a = await pullAll(createDemoSource(clockAt(FIRST_SYNC)));
    const b = await pullAll(createDemoSource(clockAt('2026-11-22T23:59:00Z')));
    expect(b.changes).toEqual(a.changes);
    expect(demoAnchorOf(a.cursor)).toBe('2026-11-22');
  });

  it('dates the activity relative to the anchor day, with the same people', async () => {
    const a = await pullAll(createDemoSource(clockAt(FIRST_SYNC)));
    const b = await pullAll(createDemoSource(clockAt('2027-03-01T10:00:00Z')));
    expect(upserts(b.changes, 'user').map((u) => u.id)).toEqual(
      upserts(a.changes, 'user').map((u) => u.id),
    );
    const lastTs = (changes: unknown[]) =>
      upserts(changes, 'event')
        .map((e) => String(e.ts))
        .sort()
        .at(-1);
    expect(lastTs(a.changes)?.slice(0, 10)).toBe('2026-11-21');
    expect(lastTs(b.changes)?.slice(0, 10)).toBe('2027-02-28');
  });

  it('serves pages of at most the limit, resumable from any cursor', async () => {
    const whole = await pullAll(createDemoSource(clockAt(FIRST_SYNC)), 5000);
    expect(whole.pages.length).toBeGreaterThan(2);
    for (const p of whole.pages) expect(p.changes.length).toBeLessThanOrEqual(5000);
    expect(whole.pages.slice(0, -1).every((p) => p.hasMore)).toBe(true);

    const source = createDemoSource(clockAt(FIRST_SYNC));
    const first = await source.pull(undefined, 777);
    const second = await source.pull(first.cursor, 777);
    // A killed worker resumes from the last committed cursor: pulling it again repeats the page.
    const again = await source.pull(first.cursor, 777);
    expect(again).toEqual(second);
    const rest = await pullAll(source, 777, second.cursor);
    expect([...first.changes, ...second.changes, ...rest.changes]).toEqual(whole.changes);
  });

  it('is light enough for the extension: ≤ 60k events, unique ids, all in the past', async () => {
    const { changes } = await pullAll(createDemoSource(clockAt(FIRST_SYNC)));
    const events = upserts(changes, 'event');
    expect(events.length).toBeGreaterThan(10_000);
    expect(events.length).toBeLessThanOrEqual(60_000);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const now = Date.parse(FIRST_SYNC);
    const sixMonthsAgo = now - 184 * 86_400_000;
    for (const e of events) {
      const t = Date.parse(String(e.ts));
      expect(t).toBeLessThan(now);
      expect(t).toBeGreaterThan(sixMonthsAgo);
    }
  });

  it('answers whoami with the demo workspace and the demo user', async () => {
    await expect(createDemoSource().whoami()).resolves.toEqual(DEMO_WHOAMI);
    expect(DEMO_WHOAMI.workspace.id).toBe(DEMO_WORKSPACE_ID);
    expect(DEMO_WHOAMI.user).toEqual({ name: 'Demo User', email: 'demo@example.com' });
  });

  it('answers a cursor it does not understand like a 410, so the engine starts over', async () => {
    const source = createDemoSource(clockAt(FIRST_SYNC));
    for (const bad of ['nonsense', 'demo0:2026-11-22::2026-11-21:5', 'demo1:2026-11-22::x:5']) {
      const err = await source.pull(bad, 100).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SourceError);
      expect((err as SourceError).kind).toBe('gone');
    }
  });

  it('tops up the activity of the days that passed since the anchor, only those', async () => {
    const clock = clockAt(FIRST_SYNC);
    const source = createDemoSource(clock);
    const base = await pullAll(source);
    const empty = await source.pull(base.cursor, 5000);
    expect(empty).toMatchObject({ changes: [], hasMore: false });

    clock.set('2026-11-26T09:00:00Z');
    const later = await pullAll(source, 5000, base.cursor);
    const fresh = upserts(later.changes, 'event');
    expect(fresh.length).toBeGreaterThan(0);
    const days = new Set(fresh.map((e) => String(e.ts).slice(0, 10)));
    for (const d of days)
      expect(['2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25']).toContain(d);
    expect(demoAnchorOf(later.cursor)).toBe('2026-11-22');
    const baseIds = new Set(upserts(base.changes, 'event').map((e) => e.id));
    expect(fresh.some((e) => baseIds.has(e.id))).toBe(false);
    // Ada keeps using the product every weekday.
    expect(fresh.some((e) => e.userId === DEMO_SAMPLE_PEOPLE[0]?.id)).toBe(true);
  });

  it('accepts pushes locally and echoes them in the next pull', async () => {
    const clock = clockAt(FIRST_SYNC);
    const source = createDemoSource(clock);
    const { cursor } = await pullAll(source);
    const note = {
      id: 'n-local-1',
      userId: 'u-0001',
      title: 'Call',
      body: 'Talked about renewal',
      type: 'Call',
      createdAt: FIRST_SYNC,
      updatedAt: FIRST_SYNC,
    };
    const item = (over: Partial<OutboxItem>): OutboxItem => ({
      kind: 'note.put',
      entityId: 'n-local-1',
      method: 'PUT',
      path: '/v1/notes/n-local-1',
      status: 'pending',
      attempts: 0,
      createdAt: FIRST_SYNC,
      ...over,
    });
    await expect(source.push(item({ body: note }))).resolves.toMatchObject({ ok: true });
    await expect(
      source.push(item({ kind: 'note.delete', method: 'DELETE', entityId: 'n-old' })),
    ).resolves.toMatchObject({ ok: true });
    await expect(
      source.push(
        item({
          kind: 'enrollment.put',
          entityId: 'e-1',
          body: { id: 'e-1', cadenceId: 'cad-win-back', userId: 'u-0002', createdAt: FIRST_SYNC },
        }),
      ),
    ).resolves.toMatchObject({ ok: true });

    const page = await source.pull(cursor, 5000);
    expect(page.hasMore).toBe(false);
    expect(page.changes as RawChange[]).toEqual([
      { type: 'note', op: 'upsert', data: note },
      { type: 'note', op: 'delete', id: 'n-old' },
      {
        type: 'enrollment',
        op: 'upsert',
        data: {
          id: 'e-1',
          cadenceId: 'cad-win-back',
          userId: 'u-0002',
          createdAt: FIRST_SYNC,
          status: 'active',
        },
      },
    ]);
    await expect(source.pull(page.cursor, 5000)).resolves.toMatchObject({ changes: [] });
  });

  it('echoes a user PATCH as the whole stored user, and refuses one for an unknown user', async () => {
    setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
    await getDb().users.put({
      id: 'u-0001',
      email: 'ada.lovelace@northwind.example',
      createdAt: FIRST_SYNC,
      roleId: 'role-admin',
      emailKey: 'ada.lovelace@northwind.example',
      crmKeys: [],
      searchKeys: ['ada'],
    });
    const source = createDemoSource(clockAt(FIRST_SYNC));
    const { cursor } = await pullAll(source);
    const patch = (entityId: string): OutboxItem => ({
      kind: 'user.patch',
      entityId,
      method: 'PATCH',
      path: `/v1/users/${entityId}`,
      body: { roleId: 'role-admin' },
      status: 'pending',
      attempts: 0,
      createdAt: FIRST_SYNC,
    });
    await expect(source.push(patch('u-0001'))).resolves.toMatchObject({ ok: true });
    await expect(source.push(patch('nobody'))).resolves.toEqual({
      ok: false,
      permanent: true,
      message: 'This user is no longer in the workspace.',
    });
    const page = await source.pull(cursor, 5000);
    expect(page.changes).toEqual([
      {
        type: 'user',
        op: 'upsert',
        data: {
          id: 'u-0001',
          email: 'ada.lovelace@northwind.example',
          createdAt: FIRST_SYNC,
          roleId: 'role-admin',
        },
      },
    ]);
  });
});
