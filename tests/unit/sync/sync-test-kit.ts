import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { fromStored } from '@/lib/db/stored-keys';
import { rollupEvents } from '@/lib/domain/rollups';
import type { ActivityEvent } from '@/lib/domain/types';
import { createHttpSource } from '@/lib/sync/http-source';
import type { Clock } from '@/lib/sync/retry';
import { type EntityType, entitySchemas } from '@/lib/sync/schemas';
import type { SyncServer } from '@/tests/support/sync-server';
import type { SyncServerState, WireType } from '@/tests/support/sync-server-state';

export const NOW = new Date('2026-11-20T12:00:00Z');

export function freshDb(): UserPageDB {
  const db = new UserPageDB(`test-${crypto.randomUUID()}`);
  setDb(db);
  return db;
}

/** Instant sleeps that record every wait, a fixed time and mid-range jitter. */
export function testClock(): Clock & { waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    now: () => NOW,
    random: () => 0.5,
    sleep: async (ms) => {
      waits.push(ms);
    },
  };
}

export function sourceFor(
  server: SyncServer,
  extra: { token?: string; timeoutMs?: number; fetch?: typeof fetch } = {},
) {
  return createHttpSource({
    baseUrl: `${server.url}/`,
    token: extra.token ?? 'secret',
    timeoutMs: extra.timeoutMs ?? 2_000,
    now: () => NOW,
    ...(extra.fetch ? { fetch: extra.fetch } : {}),
  });
}

const day = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

/** A small realistic workspace: 2 accounts, 6 users, events over 40 days, notes, a cadence. */
export function seedWorkspace(state: SyncServerState): void {
  state.upsert('workspace', {
    id: 'w1',
    name: 'Acme CS',
    timezone: 'America/New_York',
    extra: 'ignored',
  });
  state.upsert('account', {
    id: 'a1',
    name: 'Globex',
    domain: 'globex.com',
    crmIds: { hubspot: '11' },
  });
  state.upsert('account', { id: 'a2', name: 'Initech', domain: null, licenses: 20 });
  state.upsert('role', { id: 'r1', name: 'Admin' });
  state.upsert('persona', { id: 'p1', name: 'Champion', description: 'Pushes for us' });
  state.upsert('cadence', { id: 'c1', name: 'Onboarding', scope: 'team', tags: ['new'] });
  for (let u = 1; u <= 6; u++)
    state.upsert('user', {
      id: `u${u}`,
      email: ` User${u}@Example.com `,
      firstName: `First${u}`,
      lastName: null,
      accountId: u <= 3 ? 'a1' : 'a2',
      createdAt: day(90),
      crmContact: u === 1,
      ...(u === 2 ? { roleId: 'r1' } : {}),
    });
  let n = 0;
  for (let u = 1; u <= 4; u++)
    for (let d = 0; d < 40; d += u)
      state.upsert('event', {
        id: `e${++n}`,
        userId: `u${u}`,
        ts: day(d),
        name: d % 3 === 0 ? 'login' : 'report_viewed',
        feature: d % 2 ? 'reports' : 'dashboards',
        module: 'analytics',
        durationSec: 60,
      });
  state.upsert('note', {
    id: 'n1',
    userId: 'u1',
    title: 'Kick-off',
    body: 'Went well',
    type: 'Meeting',
    createdAt: day(5),
    updatedAt: day(5),
  });
  state.upsert('enrollment', {
    id: 'en1',
    cadenceId: 'c1',
    userId: 'u3',
    createdAt: day(3),
    status: 'active',
  });
}

const TABLES: [EntityType, keyof UserPageDB][] = [
  ['workspace', 'workspace'],
  ['account', 'accounts'],
  ['user', 'users'],
  ['event', 'events'],
  ['note', 'notes'],
  ['cadence', 'cadences'],
  ['enrollment', 'enrollments'],
  ['role', 'roles'],
  ['persona', 'personas'],
];

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The local database's entities, keys stripped, sorted by id. */
export async function localEntities(): Promise<Record<string, unknown[]>> {
  const db = getDb();
  const out: Record<string, unknown[]> = {};
  for (const [type, table] of TABLES) {
    const rows = (await db.table(table as string).toArray()) as { id: string }[];
    out[type] = rows.map((r) => fromStored(r)).sort(byId);
  }
  out.activityDay = await db.activityDays.toArray();
  return out;
}

/** What the local database should hold for the server's current state. */
export function expectedEntities(state: SyncServerState): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const [type] of TABLES)
    out[type] = state
      .list(type as WireType)
      .map((d) => entitySchemas[type].parse(d) as { id: string })
      .sort(byId);
  const tz = (out.workspace?.[0] as { timezone?: string } | undefined)?.timezone ?? 'UTC';
  out.activityDay = rollupEvents(out.event as ActivityEvent[], tz);
  return out;
}
