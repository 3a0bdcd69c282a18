import Dexie from 'dexie';
import { reachedMilestones } from '../domain/adoption-milestones';
import { powerThresholdsByDay } from '../domain/thresholds';
import { addDays, today } from '../domain/time';
import type { ActivityDay, Day, Definitions } from '../domain/types';
import {
  classifyUser,
  classifyWorkspace,
  isInfluencerCandidate,
  powerThreshold,
} from '../domain/user-types';
import { histogramOf, moveInHistogram, thresholdOfHistogram } from '../domain/window-histogram';
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
  const defs = await getDefinitions();
  const [day, print] = await Promise.all([META.derivedDay.get(), META.derivedDefinitions.get()]);
  if (day === today(now, defs.timezone) && print === definitionsFingerprint(defs)) return false;
  await recomputeDerived(now);
  return true;
}

/** Every threshold of the kept range and every user's stats, from scratch. */
export async function recomputeDerived(now: Date = new Date()): Promise<void> {
  const db = getDb();
  const defs = await getDefinitions();
  const end = today(now, defs.timezone);
  const ids = (await db.users.toCollection().primaryKeys()) as string[];
  const rows: UserStats[] = [];
  for (let i = 0; i < ids.length; i += BATCH)
    rows.push(...(await statsFor(ids.slice(i, i + BATCH), defs, now)));
  // The users counted in thresholds = those with stats (known, not deactivated): today's
  // threshold row then always equals the one the types were classified with.
  await updateThresholds(
    addDays(end, -(THRESHOLD_DAYS - 1)),
    end,
    defs,
    new Set(rows.map((r) => r.userId)),
  );
  const threshold = powerThreshold(
    rows.map((r) => r.windowCount),
    defs.powerTopPercent,
  );
  for (const r of rows) r.types = typesOf(r, threshold);
  await db.transaction('rw', db.userStats, db.meta, async () => {
    await db.userStats.clear();
    await db.userStats.bulkPut(rows);
    await META.derivedDay.set(end);
    await META.derivedDefinitions.set(definitionsFingerprint(defs));
    await META.derivedThreshold.set(threshold);
    await META.windowCountHistogram.set(histogramOf(rows.map((r) => r.windowCount)));
    await META.derivedStale.remove();
  });
  await recordTypeChanges(undefined, now); // home: the stored change list follows the types
}

/**
 * After a run of pages: the stats of the changed users, today's threshold from the kept
 * histogram of window counts, the thresholds of earlier days whose windows cover a changed
 * day, and the power flag of the users it flips when today's threshold moved.
 */
export async function updateDerived(
  change: { users: Iterable<string>; days: Iterable<Day> },
  now: Date = new Date(),
): Promise<void> {
  // A new day or new definitions (including a workspace change in these pages) = full pass.
  if (await ensureDerivedFresh(now)) return;
  await incrementalUpdate(change, now);
  await recordTypeChanges(change.users, now); // home: changes of the users this run touched
  await META.derivedStale.remove();
}

/**
 * Recomputes the stats of these users (all users when omitted) for the window ending today,
 * e.g. after the extension saw one of them as a CRM contact.
 */
export async function refreshUserStats(userIds?: string[], now: Date = new Date()): Promise<void> {
  if (!userIds) return recomputeDerived(now);
  if (userIds.length === 0) return;
  await incrementalUpdate({ users: userIds, days: [] }, now);
}

/** Work proportional to the changed users and days (see updateDerived). */
async function incrementalUpdate(
  change: { users: Iterable<string>; days: Iterable<Day> },
  now: Date,
): Promise<void> {
  const db = getDb();
  const defs = await getDefinitions();
  const end = today(now, defs.timezone);
  const days = [...change.days].sort();
  const users = [...new Set(change.users)];
  const [before, rows] = await Promise.all([
    db.userStats.bulkGet(users),
    (async () => {
      const out: UserStats[] = [];
      for (let i = 0; i < users.length; i += BATCH)
        out.push(...(await statsFor(users.slice(i, i + BATCH), defs, now)));
      return out;
    })(),
  ]);
  const after = new Map(rows.map((r) => [r.userId, r]));
  // A user joining or leaving the counted users (new, deleted, (de)activated) changes every
  // window their activity falls in: from their first active day on.
  let from = days[0];
  let to = days.length ? addDays(days[days.length - 1] as Day, defs.windowDays - 1) : undefined;
  const joinedOrLeft = users.filter((id, i) => !!before[i] !== after.has(id));
  const firstDays = await db.transaction('r', db.activityDays, () =>
    Promise.all(
      joinedOrLeft.map((id) =>
        db.activityDays
          .where('[userId+day]')
          .between([id, Dexie.minKey], [id, Dexie.maxKey])
          .first(),
      ),
    ),
  );
  for (const r of firstDays) {
    if (!r) continue;
    if (from === undefined || r.day < from) from = r.day;
    to = end;
  }

  const stored = await META.windowCountHistogram.get();
  const histogram =
    stored ?? histogramOf((await db.userStats.orderBy('windowCount').keys()) as number[]);
  for (const [i, id] of users.entries())
    moveInHistogram(histogram, before[i]?.windowCount ?? 0, after.get(id)?.windowCount ?? 0);
  const todays = thresholdOfHistogram(histogram, defs.powerTopPercent);
  const threshold = todays.threshold;
  for (const r of rows) r.types = typesOf(r, threshold);

  await db.transaction('rw', db.userStats, db.thresholds, db.meta, async () => {
    await db.userStats.bulkDelete(users.filter((id) => !after.has(id)));
    await db.userStats.bulkPut(rows);
    await db.thresholds.put({ day: end, ...todays });
    await META.windowCountHistogram.set(histogram);
    const previous = await META.derivedThreshold.get();
    if (previous === threshold) return;
    // Only a window count between the old and the new threshold can change its power flag.
    const a = previous ?? Number.POSITIVE_INFINITY;
    const b = threshold ?? Number.POSITIVE_INFINITY;
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const index = db.userStats.where('windowCount');
    const candidates = await (hi === Number.POSITIVE_INFINITY
      ? index.aboveOrEqual(lo)
      : index.between(lo, hi, true, true)
    ).toArray();
    const flipped = candidates.filter((r) => typesOf(r, threshold).join() !== r.types.join());
    for (const r of flipped) r.types = typesOf(r, threshold);
    await db.userStats.bulkPut(flipped);
    await META.derivedThreshold.set(threshold);
  });

  // Earlier days whose windows cover a changed day (late or deleted events, joins and leaves).
  const first = addDays(end, -(THRESHOLD_DAYS - 1));
  const yesterday = addDays(end, -1);
  if (from && to) {
    const x = from < first ? first : from;
    const y = to > yesterday ? yesterday : to;
    if (x <= y) {
      const counted = (await db.userStats.toCollection().primaryKeys()) as string[];
      await updateThresholds(x, y, defs, new Set(counted));
    }
  }
}

function typesOf(r: UserStats, threshold: number | null) {
  return classifyUser({
    windowCount: r.windowCount,
    everActive: r.everActive,
    isInfluencerCandidate: r.influencerCandidate === true,
    threshold,
  });
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
    const adoption = defs.milestones
      ? reachedMilestones(defs.milestones, rollupsByUser.get(u.id) ?? [], defs.windowDays)
      : undefined;
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
        ...(adoption ? { milestones: adoption.reached } : {}),
        ...(adoption?.unknown.length ? { milestonesUnknown: adoption.unknown } : {}),
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
  // Scattered users (an incremental update): one read transaction, every range read in flight
  // at once rather than one awaited round trip per user.
  const lists = await db.transaction('r', db.activityDays, () =>
    Promise.all(
      ids.map((id) =>
        db.activityDays
          .where('[userId+day]')
          .between([id, Dexie.minKey], [id, Dexie.maxKey])
          .toArray(),
      ),
    ),
  );
  for (const [i, id] of ids.entries()) out.set(id, lists[i] ?? []);
  return out;
}

/** Thresholds for days [from, to], each with the window ending that day, over the activity of
 * the counted users (known and not deactivated: those with user stats). */
async function updateThresholds(
  from: Day,
  to: Day,
  defs: Definitions,
  counted: Set<string>,
): Promise<void> {
  const db = getDb();
  const since = addDays(from, -(defs.windowDays - 1));
  const rollups = await db.activityDays.where('day').between(since, to, true, true).toArray();
  const byDay = powerThresholdsByDay(
    rollups.filter((r) => counted.has(r.userId)),
    from,
    to,
    defs,
  );
  await db.thresholds.bulkPut([...byDay].map(([day, t]) => ({ day, ...t })));
}
