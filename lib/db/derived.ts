import Dexie from 'dexie';
import { powerThresholdsByDay } from '../domain/thresholds';
import { addDays, today } from '../domain/time';
import type { ActivityDay, Day, Definitions } from '../domain/types';
import {
  classifyUser,
  classifyWorkspace,
  isInfluencerCandidate,
  powerThreshold,
} from '../domain/user-types';
import { getDb } from './database';
import { definitionsFingerprint, getDefinitions } from './definitions-store';
import { META } from './meta';
import type { UserStats } from './records';
import { recordTypeChanges } from './type-change-store';

/** Per-day thresholds are kept for this many days up to today (charts and milestones). */
export const THRESHOLD_DAYS = 180;
const BATCH = 500;

/** Fully recomputes when the day or the definitions changed since the last computation. */
export async function ensureDerivedFresh(now: Date = new Date()): Promise<boolean> {
  const db = getDb();
  const defs = await getDefinitions();
  const [day, print] = await Promise.all([
    db.meta.get(META.derivedDay),
    db.meta.get(META.derivedDefinitions),
  ]);
  if (day?.value === today(now, defs.timezone) && print?.value === definitionsFingerprint(defs))
    return false;
  await recomputeDerived(now);
  return true;
}

/** Every threshold of the kept range and every user's stats, from scratch. */
export async function recomputeDerived(now: Date = new Date()): Promise<void> {
  const db = getDb();
  const defs = await getDefinitions();
  const end = today(now, defs.timezone);
  await updateThresholds(addDays(end, -(THRESHOLD_DAYS - 1)), end, defs);
  const ids = (await db.users.toCollection().primaryKeys()) as string[];
  const rows: UserStats[] = [];
  for (let i = 0; i < ids.length; i += BATCH)
    rows.push(...(await statsFor(ids.slice(i, i + BATCH), defs, now)));
  const threshold = powerThreshold(
    rows.map((r) => r.windowCount),
    defs.powerTopPercent,
  );
  for (const r of rows) r.types = typesOf(r, threshold);
  await db.transaction('rw', db.userStats, db.meta, async () => {
    await db.userStats.clear();
    await db.userStats.bulkPut(rows);
    await db.meta.bulkPut([
      { key: META.derivedDay, value: end },
      { key: META.derivedDefinitions, value: definitionsFingerprint(defs) },
      { key: META.derivedThreshold, value: threshold },
    ]);
    await db.meta.delete(META.derivedStale);
  });
  await recordTypeChanges(undefined, now); // home: the stored change list follows the types
}

/**
 * After a run of pages: thresholds of the windows covering the changed days, the stats of the
 * changed users, and, when today's threshold moved, the power flag of everyone else.
 */
export async function updateDerived(
  change: { users: Iterable<string>; days: Iterable<Day> },
  now: Date = new Date(),
): Promise<void> {
  // A new day or new definitions (including a workspace change in these pages) = full pass.
  if (await ensureDerivedFresh(now)) return;
  await incrementalUpdate(change, now);
  await recordTypeChanges(change.users, now); // home: changes of the users this run touched
  await getDb().meta.delete(META.derivedStale);
}

async function incrementalUpdate(
  change: { users: Iterable<string>; days: Iterable<Day> },
  now: Date,
): Promise<void> {
  const db = getDb();
  const defs = await getDefinitions();
  const end = today(now, defs.timezone);
  const days = [...change.days].sort();
  const users = [...new Set(change.users)];
  // A user leaving (deleted or deactivated) changes every window they were counted in.
  const deactivation = (await db.users.bulkGet(users)).some((u) => !u || u.deactivated === true);
  const first = addDays(end, -(THRESHOLD_DAYS - 1));
  const from = deactivation ? first : days[0];
  const last = days[days.length - 1];
  if (from && last) {
    const to = deactivation ? end : addDays(last, defs.windowDays - 1);
    const a = from < first ? first : from;
    const b = to > end ? end : to;
    if (a <= b) await updateThresholds(a, b, defs);
  }
  await refreshUserStats(users, now);
}

/**
 * Recomputes the stats of these users (all users when omitted) for the window ending today,
 * e.g. after the extension saw one of them as a CRM contact.
 */
export async function refreshUserStats(userIds?: string[], now: Date = new Date()): Promise<void> {
  if (!userIds) return recomputeDerived(now);
  if (userIds.length === 0) return;
  const db = getDb();
  const defs = await getDefinitions();
  const end = today(now, defs.timezone);
  const todayRow = await db.thresholds.get(end);
  const threshold = todayRow ? todayRow.threshold : await currentThreshold(defs);
  const rows: UserStats[] = [];
  for (let i = 0; i < userIds.length; i += BATCH)
    rows.push(...(await statsFor(userIds.slice(i, i + BATCH), defs, now)));
  for (const r of rows) r.types = typesOf(r, threshold);
  const kept = new Set(rows.map((r) => r.userId));
  await db.transaction('rw', db.userStats, db.meta, async () => {
    await db.userStats.bulkDelete(userIds.filter((id) => !kept.has(id)));
    await db.userStats.bulkPut(rows);
    const previous = (await db.meta.get(META.derivedThreshold))?.value;
    if (previous === threshold) return;
    // Today's threshold moved: anyone's power flag may have flipped.
    const all = await db.userStats.toArray();
    const flipped = all.filter((r) => typesOf(r, threshold).join() !== r.types.join());
    for (const r of flipped) r.types = typesOf(r, threshold);
    await db.userStats.bulkPut(flipped);
    await db.meta.put({ key: META.derivedThreshold, value: threshold });
  });
}

function typesOf(r: UserStats, threshold: number | null) {
  return classifyUser({
    windowCount: r.windowCount,
    everActive: r.everActive,
    isInfluencerCandidate: r.influencerCandidate === true,
    threshold,
  });
}

async function currentThreshold(defs: Definitions): Promise<number | null> {
  const rows = await getDb().userStats.toArray();
  return powerThreshold(
    rows.map((r) => r.windowCount),
    defs.powerTopPercent,
  );
}

/** Stats of these users (deactivated and unknown users get none); types left for the caller. */
async function statsFor(ids: string[], defs: Definitions, now: Date): Promise<UserStats[]> {
  const db = getDb();
  const users = (await db.users.bulkGet(ids)).filter((u) => u !== undefined);
  const seen = await db.crmSightings.bulkGet(ids);
  const rollupsByUser = await rollupsOf(users.map((u) => u.id));
  const seenInCrm = new Set(seen.flatMap((s) => (s ? [s.userId] : [])));
  const classified = classifyWorkspace({ users, rollupsByUser, seenInCrm, defs, now });
  return users.flatMap((u) => {
    const c = classified.get(u.id);
    if (!c) return [];
    return [
      {
        userId: u.id,
        ...(u.accountId ? { accountId: u.accountId } : {}),
        windowCount: c.windowCount,
        activeDaysWindow: c.activeDaysWindow,
        everActive: c.everActive,
        ...(c.lastActiveDay ? { lastActiveDay: c.lastActiveDay } : {}),
        types: c.types,
        influencerCandidate: isInfluencerCandidate(u, seenInCrm.has(u.id), defs),
      },
    ];
  });
}

/**
 * Rollups of these users. When they are a contiguous run of sorted ids (a full recompute walks
 * users in key order), one range read serves the batch instead of one query per user.
 */
async function rollupsOf(ids: string[]): Promise<Map<string, ActivityDay[]>> {
  const db = getDb();
  const out = new Map<string, ActivityDay[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const sorted = [...ids].sort();
  const first = sorted[0] as string;
  const last = sorted[sorted.length - 1] as string;
  const inRange = await db.users.where(':id').between(first, last, true, true).count();
  if (inRange === ids.length) {
    const rows = await db.activityDays
      .where('[userId+day]')
      .between([first, Dexie.minKey], [last, Dexie.maxKey])
      .toArray();
    for (const r of rows) out.get(r.userId)?.push(r);
    return out;
  }
  for (const id of ids)
    out.set(
      id,
      await db.activityDays
        .where('[userId+day]')
        .between([id, Dexie.minKey], [id, Dexie.maxKey])
        .toArray(),
    );
  return out;
}

/** Thresholds for days [from, to], each with the window ending that day. */
async function updateThresholds(from: Day, to: Day, defs: Definitions): Promise<void> {
  const db = getDb();
  const since = addDays(from, -(defs.windowDays - 1));
  const [rollups, deactivated] = await Promise.all([
    db.activityDays.where('day').between(since, to, true, true).toArray(),
    db.users.filter((u) => u.deactivated === true).primaryKeys(),
  ]);
  const out = new Set(deactivated as string[]);
  const byDay = powerThresholdsByDay(
    rollups.filter((r) => !out.has(r.userId)),
    from,
    to,
    defs,
  );
  await db.thresholds.bulkPut([...byDay].map(([day, t]) => ({ day, ...t })));
}
