import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { fromStored } from '@/lib/db/stored-keys';
import { rollupEvents } from '@/lib/domain/rollups';
import type { ActivityEvent } from '@/lib/domain/types';
import { type EntityType, entitySchemas } from '@/lib/protocol/schemas';
import { createHttpSource } from '@/lib/sync/http-source';
import type { Clock } from '@/lib/sync/retry';
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

export { seedWorkspace } from '@/tests/support/sync-seed';

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
