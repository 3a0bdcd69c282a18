import { addDays, today } from '../domain/time';
import { powerThreshold } from '../domain/user-types';
import { histogramOf } from '../domain/window-histogram';
import { getDb } from './database';
import { definitionsFingerprint, getDefinitions } from './definitions-store';
import { type DerivedChange, incrementalUpdate } from './derived-incremental';
import { META } from './meta';
import { THRESHOLD_DAYS, updateThresholds } from './thresholds-store';
import { recordTypeChanges } from './type-change-store';
import { statsInBatches, typesOf } from './user-stats';

// Derived data (user stats and types, per-day power thresholds, the stored type changes) is
// recomputed fully when the day or the definitions change, and otherwise incrementally from
// the users and days a run of pages touched (derived-incremental.ts).

/** Fully recomputes when the day or the definitions changed since the last computation. */
async function ensureDerivedFresh(
  now: Date,
  becameCandidates: ReadonlySet<string>,
): Promise<boolean> {
  const defs = await getDefinitions();
  const [day, print] = await Promise.all([META.derivedDay.get(), META.derivedDefinitions.get()]);
  if (day === today(now, defs.timezone) && print === definitionsFingerprint(defs)) return false;
  await recomputeDerived(now, becameCandidates);
  return true;
}

/**
 * Users active and not influencers as stored now: one who is an influencer candidate after the
 * update became one in it (the home lists "Became an influencer" for them).
 */
async function activeNonInfluencers(ids: string[]): Promise<Set<string>> {
  const rows = await getDb().userStats.bulkGet(ids);
  const out = new Set<string>();
  for (const r of rows)
    if (r?.types.includes('active') && !r.types.includes('influencer')) out.add(r.userId);
  return out;
}

/** Every threshold of the kept range and every user's stats, from scratch. */
export async function recomputeDerived(
  now: Date = new Date(),
  becameCandidates?: ReadonlySet<string>,
): Promise<void> {
  const db = getDb();
  const defs = await getDefinitions();
  const end = today(now, defs.timezone);
  const ids = (await db.users.toCollection().primaryKeys()) as string[];
  const rows = await statsInBatches(ids, defs, now, true);
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
  await recordTypeChanges(undefined, now, becameCandidates); // home: the change list follows
}

/**
 * After a run of pages: the stats of the changed users, today's threshold from the kept
 * histogram of window counts, the thresholds of earlier days whose windows cover a changed
 * day, and the power flag of the users it flips when today's threshold moved.
 */
export async function updateDerived(change: DerivedChange, now: Date = new Date()): Promise<void> {
  const users = [...new Set(change.users)];
  const before = await activeNonInfluencers(users);
  // A new day or new definitions (including a workspace change in these pages) = full pass.
  if (await ensureDerivedFresh(now, before)) return;
  await incrementalUpdate({ ...change, users }, now);
  await recordTypeChanges(users, now, before); // home: changes of the users this run touched
  await META.derivedStale.remove();
}

/**
 * Recomputes the stats of these users (all users when omitted) for the window ending today,
 * e.g. after the extension saw one of them as a CRM contact.
 */
export async function refreshUserStats(userIds?: string[], now: Date = new Date()): Promise<void> {
  if (!userIds) return recomputeDerived(now);
  if (userIds.length === 0) return;
  const before = await activeNonInfluencers(userIds);
  await incrementalUpdate({ users: userIds, days: [] }, now);
  // home: a sighting or a role edit here can make an influencer, listed under What changed.
  await recordTypeChanges(userIds, now, before);
}
