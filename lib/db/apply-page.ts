import { rollupEvents } from '../domain/rollups';
import type { ActivityDay, ActivityEvent, Day, Workspace } from '../domain/types';
import { type Change, parseChanges } from '../protocol/change';
import { getDb } from './database';
import { ENTITY_TABLES, shadowKey, tableOfKind } from './entities';
import { readStoredEvents } from './event-lookup';
import { keepEventNames } from './event-names';
import { META } from './meta';
import { foldPage, type PagePlan, zoneOf } from './page-fold';
import { applyRollupOps } from './rollup-ops';

export interface ApplyResult {
  applied: number;
  rejected: number;
  /** Users whose activity or record changed (their derived stats need a refresh). */
  users: Set<string>;
  /** Days whose rollups changed (thresholds of the windows covering them need a refresh). */
  days: Set<Day>;
  /** The workspace definitions changed: every derived value must be recomputed. */
  definitionsChanged: boolean;
  /** perf: each changed rollup as it was before the page, by user and day (undefined: none),
   * so the derived update moves the user in the kept days' histograms (not in catch-up). */
  before: RollupsBefore;
}

export type RollupsBefore = Map<string, Map<Day, ActivityDay | undefined>>;

/** Adds `later`'s rollups to `into` where `into` has none yet: the first state of a run wins. */
export function mergeBefore(into: RollupsBefore, later: RollupsBefore): void {
  for (const [userId, days] of later) {
    const mine = into.get(userId) ?? new Map<Day, ActivityDay | undefined>();
    into.set(userId, mine);
    for (const [day, r] of days) if (!mine.has(day)) mine.set(day, r);
  }
}

const PAGE_TABLES = [...ENTITY_TABLES, 'outbox', 'shadows', 'rejected', 'meta'];

/**
 * Applies one page of the change feed and stores its cursor in ONE transaction, so a stopped
 * worker resumes from the last page it fully stored. Idempotent: changes are folded in order
 * into the final row per id (upsert replaces, delete of an unknown id is a no-op), and an
 * event's rollup contribution is keyed by its id, so a re-delivered event never counts twice.
 * Rows with a queued local write are not overwritten: the server's version goes to the
 * shadow, restored if the user discards the local write.
 *
 * The page is parsed (lib/protocol), folded into a plan by a pure function (page-fold.ts), and
 * the plan written here: reads first, in bulk, so the fold itself awaits nothing (one awaited
 * get per event dominated initial sync, and long chains of awaits inside a transaction risk it
 * committing early in Chromium).
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
  const { changes, rejected } = parseChanges(page.changes);
  const db = getDb();
  const result: ApplyResult = {
    applied: changes.length,
    rejected: rejected.length,
    users: new Set(),
    days: new Set(),
    definitionsChanged: false,
    before: new Map(),
  };
  const eventIds = eventIdsOf(changes);
  await db.transaction('rw', PAGE_TABLES, async () => {
    const before = await db.workspace.toCollection().first();
    const guarded = new Set(
      (await db.outbox.toArray()).map((o) => shadowKey(tableOfKind(o.kind), o.entityId)),
    );
    const toRead = catchUp
      ? []
      : storedEvents
        ? eventIds.filter((id) => storedEvents.mightContain(id))
        : eventIds;
    const stored = await readStoredEvents(toRead);
    const events = new Map<string, ActivityEvent | undefined>(
      eventIds.map((id) => [id, stored.get(id)]),
    );

    const plan = foldPage({ changes, workspace: before, guarded, storedEvents: events, catchUp });
    for (const id of plan.users) result.users.add(id);
    await writePlan(plan, result, catchUp);

    if (definitionsDiffer(before, plan.workspace)) result.definitionsChanged = true;
    if (plan.zoneChanged) {
      // In catch-up the rebuild at the end of the run uses the final zone.
      if (!catchUp) await rebuildEventRollups(zoneOf(plan.workspace));
      result.definitionsChanged = true;
      // Every rollup may have moved: the next derived update is a full one.
      await META.derivedDay.remove();
    }
    const at = now.toISOString();
    if (rejected.length) await db.rejected.bulkAdd(rejected.map((r) => ({ ...r, at })));
    await META.cursor.set(page.cursor);
    if (result.users.size || result.days.size || catchUp) await META.derivedStale.set(true);
    if (catchUp) await META.rollupsStale.set(true);
    // Added before the commit: should the transaction fail, an extra id only costs a read.
    if (storedEvents) for (const id of eventIds) storedEvents.add(id);
  });
  return result;
}

const eventIdsOf = (changes: readonly Change[]) =>
  changes.flatMap((c) => (c.type !== 'event' ? [] : [c.op === 'delete' ? c.id : c.data.id]));

/** Writes a folded page; the rollups it touches are read in one go and their ops applied. */
async function writePlan(plan: PagePlan, result: ApplyResult, catchUp: boolean): Promise<void> {
  const db = getDb();
  for (const [table, m] of plan.rows) {
    const t = db.table(table);
    const puts = [...m].filter(([, v]) => v !== undefined).map(([, v]) => v);
    const dels = [...m].filter(([, v]) => v === undefined).map(([k]) => k);
    if (dels.length) await t.bulkDelete(dels);
    if (puts.length) await t.bulkPut(puts);
  }
  if (plan.shadows.size)
    await db.shadows.bulkPut(
      [...plan.shadows].map(([key, s]) =>
        s.data === undefined ? { key, table: s.table, id: s.id } : { key, ...s },
      ),
    );
  const eventDels = [...plan.events].filter(([, e]) => !e).map(([id]) => id);
  const eventPuts = [...plan.events.values()].filter((e): e is ActivityEvent => !!e);
  if (eventDels.length) await db.events.bulkDelete(eventDels);
  if (eventPuts.length) await db.events.bulkPut(eventPuts);

  // A rollup the page sets first (an activityDay from the server) is not read in catch-up:
  // catch-up pages of "day" workspaces carry nothing else. Otherwise its old value is what the
  // derived update moves the user from.
  const touched = [...plan.rollups.values()];
  const toRead = catchUp ? touched.filter((r) => !(r.ops[0] && 'set' in r.ops[0])) : touched;
  const read = toRead.length
    ? await db.activityDays.bulkGet(toRead.map((r): [string, Day] => [r.userId, r.day]))
    : [];
  const stored = new Map(toRead.map((r, i) => [r, read[i]]));
  const rollupDels: [string, Day][] = [];
  const rollupPuts: ActivityDay[] = [];
  for (const r of touched) {
    const after = applyRollupOps(stored.get(r), r.ops);
    if (!after.touched) continue;
    result.users.add(r.userId);
    result.days.add(r.day);
    if (!catchUp) {
      const mine = result.before.get(r.userId) ?? new Map<Day, ActivityDay | undefined>();
      result.before.set(r.userId, mine);
      if (!mine.has(r.day)) mine.set(r.day, stored.get(r));
    }
    if (after.value) rollupPuts.push(after.value);
    else rollupDels.push([r.userId, r.day]);
  }
  if (rollupDels.length) await db.activityDays.bulkDelete(rollupDels);
  if (rollupPuts.length) await db.activityDays.bulkPut(rollupPuts);
  if (eventPuts.length || rollupPuts.length)
    await keepEventNames(
      [...eventPuts.map((e) => e.name), ...rollupPuts.flatMap((r) => Object.keys(r.names ?? {}))],
      catchUp,
    );
}

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
