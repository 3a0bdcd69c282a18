import { addRollups, eventContribution, rollupEvents, subtractRollups } from '../domain/rollups';
import type { ActivityDay, ActivityEvent, Day, Workspace } from '../domain/types';
import { type Change, parseChange } from '../protocol/change';
import type { EntityType } from '../protocol/schemas';
import { getDb } from './database';
import { ENTITIES, ENTITY_TABLES, isLocalTable, type LocalTable, type TableOf } from './entities';
import { shadowKey, tableOfKind } from './local-write';
import { META } from './meta';
import type { RejectedRecord } from './records';
import { toStoredAccount, toStoredUser } from './stored-keys';

export interface ApplyResult {
  applied: number;
  rejected: number;
  /** Users whose activity or record changed (their derived stats need a refresh). */
  users: Set<string>;
  /** Days whose rollups changed (thresholds of the windows covering them need a refresh). */
  days: Set<Day>;
  /** The workspace definitions changed: every derived value must be recomputed. */
  definitionsChanged: boolean;
}

type PlainTable = TableOf<Exclude<EntityType, 'event' | 'activityDay'>>;
const rollupKey = (userId: string, day: Day) => `${userId}\u0000${day}`;

/**
 * Applies one page of the change feed and stores its cursor in ONE transaction, so a stopped
 * worker resumes from the last page it fully stored. Idempotent: changes are folded in order
 * into the final row per id (upsert replaces, delete of an unknown id is a no-op), and an
 * event's rollup contribution is keyed by its id, so a re-delivered event never counts twice.
 * Rows with a queued local write are not overwritten: the server's version goes to the
 * shadow, restored if the user discards the local write.
 */
export async function applyPage(
  page: { cursor: string; changes: unknown[] },
  now: Date = new Date(),
  /** Ids that may already be stored (see IdFilter): others are known new and not read. */
  storedEvents?: { mightContain(id: string): boolean; add(id: string): void },
  /** Catch-up (a sync from no cursor): events are stored without reading back stored events or
   * rollups, and `rollupsStale` is set with the page; rebuildRollups derives them at the end. */
  mode: { catchUp?: boolean } = {},
): Promise<ApplyResult> {
  const catchUp = mode.catchUp === true;
  const parsed = page.changes.map(parseChange);
  const changes: Change[] = [];
  const rejected: RejectedRecord[] = [];
  for (const p of parsed) {
    if (p.ok) changes.push(p.change);
    else
      rejected.push({
        type: p.type,
        ...(p.entityId ? { entityId: p.entityId } : {}),
        reason: p.reason,
        at: now.toISOString(),
      });
  }
  const db = getDb();
  const result: ApplyResult = {
    applied: changes.length,
    rejected: rejected.length,
    users: new Set(),
    days: new Set(),
    definitionsChanged: false,
  };
  const tables = [...ENTITY_TABLES, 'outbox', 'shadows', 'rejected', 'meta'] as const;
  await db.transaction('rw', tables, async () => {
    const before = await db.workspace.toCollection().first();
    let workspace = before;
    // Event days depend on the zone: any zone change inside the page means the rollups of
    // raw events are derived again at the end, in the final zone.
    let zoneChanged = false;
    const guarded = new Set(
      (await db.outbox.toArray()).map((o) => shadowKey(tableOfKind(o.kind), o.entityId)),
    );
    const rows = new Map<PlainTable, Map<string, unknown>>();
    const shadows = new Map<string, { table: LocalTable; id: string; data: unknown }>();
    const setRow = (table: PlainTable, id: string, row: unknown) => {
      if (isLocalTable(table) && guarded.has(shadowKey(table, id))) {
        shadows.set(shadowKey(table, id), { table, id, data: row });
        return;
      }
      const m = rows.get(table) ?? new Map<string, unknown>();
      rows.set(table, m);
      m.set(id, row);
    };

    // Events and rollups are folded in memory, prefetched in bulk.
    const eventIds = changes.flatMap((c) =>
      c.type !== 'event' ? [] : [c.op === 'delete' ? c.id : c.data.id],
    );
    const events = new Map<string, ActivityEvent | undefined>();
    const toRead = catchUp
      ? []
      : storedEvents
        ? eventIds.filter((id) => storedEvents.mightContain(id))
        : eventIds;
    const stored = toRead.length ? await db.events.bulkGet(toRead) : [];
    for (const id of eventIds) events.set(id, undefined);
    for (const [i, id] of toRead.entries()) events.set(id, stored[i]);
    const rollups = new Map<string, ActivityDay | undefined>();
    const touched = new Set<string>();
    const setRollup = (userId: string, day: Day, value: ActivityDay | undefined) => {
      const key = rollupKey(userId, day);
      rollups.set(key, value);
      touched.add(key);
      result.users.add(userId);
      result.days.add(day);
    };

    // One bulk read of every rollup the page's events touch, found by a dry run of the fold
    // below (same order, same zone changes), so the fold itself awaits nothing: one awaited
    // get per event cost a round trip each and dominated initial sync, and long chains of
    // awaits inside a transaction risk it committing early in Chromium.
    const wanted = new Map<string, [string, Day]>();
    {
      let zone = workspace?.timezone ?? 'UTC';
      let workspaceId = workspace?.id;
      const seen = new Map(events);
      const want = (e: ActivityEvent | undefined) => {
        if (!e) return;
        const { userId, day } = eventContribution(e, zone);
        wanted.set(rollupKey(userId, day), [userId, day]);
      };
      for (const c of catchUp ? [] : changes) {
        if (c.type === 'workspace' && c.op === 'upsert') {
          zone = c.data.timezone;
          workspaceId = c.data.id;
        }
        if (c.type === 'workspace' && c.op === 'delete' && c.id === workspaceId) {
          zone = 'UTC';
          workspaceId = undefined;
        }
        if (c.type !== 'event') continue;
        const id = c.op === 'delete' ? c.id : c.data.id;
        want(seen.get(id));
        const next = c.op === 'delete' ? undefined : c.data;
        want(next);
        seen.set(id, next);
      }
    }
    const prefetched = wanted.size ? await db.activityDays.bulkGet([...wanted.values()]) : [];
    for (const [i, key] of [...wanted.keys()].entries()) rollups.set(key, prefetched[i]);
    const contribute = (e: ActivityEvent, sign: 1 | -1) => {
      const c = eventContribution(e, workspace?.timezone ?? 'UTC');
      const key = rollupKey(c.userId, c.day);
      if (!rollups.has(key)) throw new Error(`Rollup ${c.userId}/${c.day} was not prefetched.`);
      const current = rollups.get(key);
      if (sign === 1) setRollup(c.userId, c.day, addRollups(current, c));
      else if (current) setRollup(c.userId, c.day, subtractRollups(current, c));
    };

    for (const c of changes) {
      if (c.type === 'event') {
        const id = c.op === 'delete' ? c.id : c.data.id;
        const old = events.get(id);
        const next = c.op === 'delete' ? undefined : c.data;
        if (!catchUp) {
          if (old) contribute(old, -1);
          if (next) contribute(next, 1);
        }
        events.set(id, next);
      } else if (c.type === 'activityDay') {
        if (c.op === 'upsert') setRollup(c.data.userId, c.data.day, c.data);
        else {
          const cut = c.id.lastIndexOf('/');
          if (cut > 0) setRollup(c.id.slice(0, cut), c.id.slice(cut + 1), undefined);
        }
      } else if (c.op === 'delete') {
        setRow(ENTITIES[c.type].table, c.id, undefined);
        if (c.type === 'user') result.users.add(c.id);
        if (c.type === 'workspace' && workspace?.id === c.id) {
          const zone = zoneOf(workspace);
          workspace = undefined;
          if (zoneOf(workspace) !== zone) zoneChanged = true;
        }
      } else if (c.type === 'workspace') {
        // One workspace per database: a new one replaces the old.
        if (workspace && workspace.id !== c.data.id) setRow('workspace', workspace.id, undefined);
        if (zoneOf(workspace) !== zoneOf(c.data)) zoneChanged = true;
        workspace = c.data;
        setRow('workspace', c.data.id, c.data);
      } else if (c.type === 'user') {
        setRow('users', c.data.id, toStoredUser(c.data));
        result.users.add(c.data.id);
      } else if (c.type === 'account') setRow('accounts', c.data.id, toStoredAccount(c.data));
      else setRow(ENTITIES[c.type].table, c.data.id, c.data);
    }

    for (const [table, m] of rows) {
      const t = db.table(table);
      const puts = [...m].filter(([, v]) => v !== undefined).map(([, v]) => v);
      const dels = [...m].filter(([, v]) => v === undefined).map(([k]) => k);
      if (dels.length) await t.bulkDelete(dels);
      if (puts.length) await t.bulkPut(puts);
    }
    if (shadows.size)
      await db.shadows.bulkPut(
        [...shadows].map(([key, s]) =>
          s.data === undefined ? { key, table: s.table, id: s.id } : { key, ...s },
        ),
      );
    const eventDels = [...events].filter(([, e]) => !e).map(([id]) => id);
    const eventPuts = [...events.values()].filter((e): e is ActivityEvent => !!e);
    if (eventDels.length) await db.events.bulkDelete(eventDels);
    if (eventPuts.length) await db.events.bulkPut(eventPuts);
    const rollupRows = [...touched].map((k) => [k, rollups.get(k)] as const);
    const rollupDels = rollupRows
      .filter(([, r]) => !r)
      .map(([k]) => k.split('\u0000') as [string, string]);
    if (rollupDels.length) await db.activityDays.bulkDelete(rollupDels);
    const rollupPuts = rollupRows.flatMap(([, r]) => (r ? [r] : []));
    if (rollupPuts.length) await db.activityDays.bulkPut(rollupPuts);

    if (definitionsDiffer(before, workspace)) result.definitionsChanged = true;
    if (zoneChanged) {
      // In catch-up the rebuild at the end of the run uses the final zone.
      if (!catchUp) await rebuildEventRollups(zoneOf(workspace));
      result.definitionsChanged = true;
      // Every rollup may have moved: the next derived update is a full one.
      await META.derivedDay.remove();
    }
    if (rejected.length) await db.rejected.bulkAdd(rejected);
    await META.cursor.set(page.cursor);
    if (result.users.size || result.days.size || catchUp) await META.derivedStale.set(true);
    if (catchUp) await META.rollupsStale.set(true);
    // Added before the commit: should the transaction fail, an extra id only costs a read.
    if (storedEvents) for (const id of eventIds) storedEvents.add(id);
  });
  return result;
}

const zoneOf = (w: Workspace | undefined) => w?.timezone ?? 'UTC';

function definitionsDiffer(a: Workspace | undefined, b: Workspace | undefined): boolean {
  const pick = (w: Workspace | undefined) =>
    w && [w.timezone, w.activityWindowDays, w.powerUserTopPercent, w.activityEvents.join('\n')];
  return JSON.stringify(pick(a)) !== JSON.stringify(pick(b));
}

/** Event days depend on the zone: when it changes, rollups of raw events are derived again. */
async function rebuildEventRollups(timeZone: string): Promise<void> {
  const db = getDb();
  const events = await db.events.toArray();
  if (events.length === 0) return;
  await db.activityDays.clear();
  await db.activityDays.bulkPut(rollupEvents(events, timeZone));
}
