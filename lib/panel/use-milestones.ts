import { useQuery } from '@tanstack/react-query';
import { getDb } from '../db/database';
import { getDefinitions } from '../db/definitions-store';
import { THRESHOLD_DAYS } from '../db/thresholds-store';
import { milestones } from '../domain/milestones';
import { addDays, today } from '../domain/time';
import type { Milestone } from '../domain/types';
import { isInfluencerCandidate } from '../domain/user-types';
import { dexieQuery } from '../query/dexie-query';
import { definitionsQuery } from './workspace-queries';

/**
 * Milestones need the workspace threshold of every day, which the background keeps for the
 * last THRESHOLD_DAYS days; longer chart ranges show milestones of that span only.
 */
export const MILESTONE_SPAN_DAYS = THRESHOLD_DAYS;

/**
 * Days in the last MILESTONE_SPAN_DAYS on which the user became inactive, an influencer or a
 * power user. One query shared by the chart and the feed, so the work is done once per change.
 */
export const milestonesQuery = (userId: string, day: string) =>
  dexieQuery({
    key: ['milestones', userId, day],
    // Not 'meta': the sync status is written there on every page. A change of definitions
    // reaches this query through the thresholds the background recomputes for it.
    tables: ['users', 'crmSightings', 'activityDays', 'thresholds'],
    fn: async (): Promise<Milestone[]> => {
      const db = getDb();
      const defs = await getDefinitions();
      const to = today(new Date(), defs.timezone);
      const from = addDays(to, -(MILESTONE_SPAN_DAYS - 1));
      const [user, sighting, rollups, rows] = await Promise.all([
        db.users.get(userId),
        db.crmSightings.get(userId),
        db.activityDays.where('[userId+day]').between([userId, ''], [userId, '\uffff']).toArray(),
        db.thresholds.where('day').between(from, to, true, true).toArray(),
      ]);
      if (!user) return [];
      return milestones({
        rollups,
        thresholds: new Map(rows.map((r) => [r.day, { threshold: r.threshold }])),
        isInfluencerCandidate: isInfluencerCandidate(user, sighting !== undefined, defs),
        from,
        to,
        defs,
      });
    },
  });

export function useMilestones(userId: string, now: Date): Milestone[] | undefined {
  const { data: defs } = useQuery(definitionsQuery());
  // Keyed by the workspace's day so a panel left open past midnight recomputes.
  const day = defs ? today(now, defs.timezone) : '';
  const { data } = useQuery({ ...milestonesQuery(userId, day), enabled: Boolean(day) });
  return data;
}
