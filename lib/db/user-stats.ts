import Dexie from 'dexie';
import { reachedMilestones } from '../domain/adoption-milestones';
import type { ActivityDay, Definitions } from '../domain/types';
import { classifyUser, classifyWorkspace, isInfluencerCandidate } from '../domain/user-types';
import { getDb } from './database';
import type { UserStats } from './records';

// Per-user derived stats for the window ending today, computed from the stored users, CRM
// sightings and rollups (the classification itself is lib/domain/user-types.ts).

const BATCH = 500;

/**
 * Stats of these users, read and classified a batch at a time; types left for the caller.
 * `allInKeyOrder`: the ids are every user, in key order (a full recompute), so each batch's
 * rollups are one range read.
 */
export async function statsInBatches(
  ids: string[],
  defs: Definitions,
  now: Date,
  allInKeyOrder = false,
  /** Receives the rollups read, by user (the known users' only). */
  keep?: Map<string, ActivityDay[]>,
): Promise<UserStats[]> {
  const out: UserStats[] = [];
  for (let i = 0; i < ids.length; i += BATCH)
    out.push(...(await statsFor(ids.slice(i, i + BATCH), defs, now, allInKeyOrder, keep)));
  return out;
}

export function typesOf(r: UserStats, threshold: number | null) {
  return classifyUser({
    windowCount: r.windowCount,
    everActive: r.everActive,
    isInfluencerCandidate: r.influencerCandidate === true,
    threshold,
  });
}

/** Stats of these users (deactivated and unknown users get none); types left for the caller. */
async function statsFor(
  ids: string[],
  defs: Definitions,
  now: Date,
  contiguous: boolean,
  keep: Map<string, ActivityDay[]> | undefined,
): Promise<UserStats[]> {
  const db = getDb();
  const users = (await db.users.bulkGet(ids)).filter((u) => u !== undefined);
  const seen = await db.crmSightings.bulkGet(ids);
  const rollupsByUser = await rollupsOf(
    users.map((u) => u.id),
    contiguous,
  );
  if (keep) for (const [id, list] of rollupsByUser) keep.set(id, list);
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
 * Rollups of these users. When they are a contiguous run of user ids (a full recompute walks
 * users in key order), one range read serves the batch instead of one query per user.
 */
export async function rollupsOf(
  ids: string[],
  contiguous: boolean,
): Promise<Map<string, ActivityDay[]>> {
  const db = getDb();
  const out = new Map<string, ActivityDay[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  if (contiguous) {
    const sorted = [...ids].sort();
    const rows = await db.activityDays
      .where('[userId+day]')
      .between(
        [sorted[0] as string, Dexie.minKey],
        [sorted[sorted.length - 1] as string, Dexie.maxKey],
      )
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
