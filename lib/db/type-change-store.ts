import type { ChangeRecord } from '../domain/change-records';
import { reconcileChanges } from '../domain/change-records';
import { addDays, dayOf, today } from '../domain/time';
import {
  influencerSinceOf,
  rollupSpan,
  type TypeChange,
  userTypeChanges,
} from '../domain/type-changes';
import type { ActivityDay, Day } from '../domain/types';
import { isInfluencerCandidate } from '../domain/user-types';
import { getDb } from './database';
import { definitionsFingerprint, getDefinitions } from './definitions-store';
import { META } from './meta';

/** Stored changes older than this are dropped (tombstones too: nothing that old is announced). */
const KEEP_DAYS = 60;

/**
 * home: after derived data was updated, stores the type changes of the last 30 days for these
 * users (every user when omitted), so the home and the alerts read them instead of deriving
 * every user. Runs in the background worker, inside the sync run. `becameCandidates`: users
 * who were active and not influencers before this update (see `influencerSinceOf`).
 */
export async function recordTypeChanges(
  userIds?: Iterable<string>,
  now: Date = new Date(),
  becameCandidates: ReadonlySet<string> = new Set(),
): Promise<void> {
  const db = getDb();
  const defs = await getDefinitions();
  const workspace = await db.workspace.toCollection().first();
  if (!workspace) return;
  const to = today(now, defs.timezone);
  const { from, since } = rollupSpan(to, defs);
  const print = definitionsFingerprint(defs);
  const baseline = await META.changesBaseline.get();
  // A first computation, a new workspace or new definitions recompute everything, quietly.
  const sameWorkspace = baseline?.workspaceId === workspace.id;
  const news = sameWorkspace && baseline?.definitions === print;
  if (!sameWorkspace) await db.typeChanges.clear();
  const ids = news && userIds ? [...new Set(userIds)] : undefined;

  const users = ids
    ? (await db.users.bulkGet(ids)).filter((u) => u !== undefined)
    : await db.users.toArray();
  const userKeys = users.map((u) => u.id);
  const [stats, sightings, rollups, thresholdRows, existing] = await Promise.all([
    db.userStats.bulkGet(userKeys),
    db.crmSightings.bulkGet(userKeys),
    ids
      ? rollupsOfUsers(ids, since, to)
      : db.activityDays.where('day').between(since, to, true, true).toArray(),
    db.thresholds.where('day').between(addDays(from, -1), to, true, true).toArray(),
    ids
      ? db.typeChanges.where('userId').anyOf(ids).toArray()
      : db.typeChanges.where('day').aboveOrEqual(from).toArray(),
  ]);
  const byUser = new Map<string, ActivityDay[]>();
  for (const r of rollups) {
    const list = byUser.get(r.userId);
    if (list) list.push(r);
    else byUser.set(r.userId, [r]);
  }
  const thresholds = new Map(thresholdRows.map((r) => [r.day, { threshold: r.threshold }]));
  const recorded = new Map<string, Day>();
  for (const r of existing) {
    if (r.kind !== 'influencer' || r.live !== 1) continue;
    const earliest = recorded.get(r.userId);
    if (earliest === undefined || r.day < earliest) recorded.set(r.userId, r.day);
  }
  const dayIn = (iso: string): Day | undefined => {
    try {
      return dayOf(iso, defs.timezone);
    } catch {
      return undefined;
    }
  };
  const computed: TypeChange[] = [];
  users.forEach((user, i) => {
    const stat = stats[i];
    if (!stat || user.deactivated) return;
    let createdDay: Day;
    try {
      createdDay = dayOf(user.createdAt, defs.timezone);
    } catch {
      createdDay = '';
    }
    const sighting = sightings[i];
    const since = influencerSinceOf({
      ...(recorded.has(user.id) ? { recorded: recorded.get(user.id) } : {}),
      becameCandidateNow: becameCandidates.has(user.id),
      today: to,
      candidateWithoutSighting: isInfluencerCandidate(user, false, defs),
      ...(sighting ? { sightedOn: dayIn(sighting.seenAt) } : {}),
    });
    computed.push(
      ...userTypeChanges({
        userId: user.id,
        ...(user.accountId ? { accountId: user.accountId } : {}),
        createdDay,
        everActive: stat.everActive,
        rollups: byUser.get(user.id) ?? [],
        thresholds,
        isInfluencerCandidate: isInfluencerCandidate(user, sighting !== undefined, defs),
        ...(since ? { influencerSince: since } : {}),
        from,
        to,
        defs,
      }),
    );
  });
  const inSpan = existing.filter((r) => r.day >= from);
  const put = reconcileChanges({ existing: inSpan, computed, now: now.toISOString(), news });
  await db.transaction('rw', db.typeChanges, db.meta, async () => {
    await db.typeChanges.where('day').below(addDays(to, -KEEP_DAYS)).delete();
    await db.typeChanges.bulkPut(put);
    if (!news) await META.changesBaseline.set({ workspaceId: workspace.id, definitions: print });
  });
}

async function rollupsOfUsers(ids: string[], since: Day, to: Day): Promise<ActivityDay[]> {
  const db = getDb();
  // One read transaction with every range read in flight, not one transaction per user.
  const lists = await db.transaction('r', db.activityDays, () =>
    Promise.all(
      ids.map((id) =>
        db.activityDays.where('[userId+day]').between([id, since], [id, to], true, true).toArray(),
      ),
    ),
  );
  return lists.flat();
}

/** Marks changes as announced, in one write. */
export async function markAlerted(ids: string[], at: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.typeChanges, async () => {
    const rows = (await db.typeChanges.bulkGet(ids)).filter(
      (r): r is ChangeRecord => r !== undefined,
    );
    await db.typeChanges.bulkPut(rows.map((r) => ({ ...r, alertedAt: at })));
  });
}
