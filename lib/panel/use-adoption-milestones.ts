import { useQuery } from '@tanstack/react-query';
import { type UserMilestone, userMilestones } from '../domain/adoption-milestones';
import type { Day } from '../domain/types';
import { activityDaysQuery, userQuery } from './user-queries';
import { definitionsQuery } from './workspace-queries';

/**
 * The adoption milestones that concern this user, worked out from their own rollups with the
 * definitions in force (so a milestone saved in Settings shows without waiting for the
 * background's recompute). Undefined while loading; empty when none apply.
 */
export function useAdoptionMilestones(userId: string): UserMilestone[] | undefined {
  const { data: defs } = useQuery(definitionsQuery());
  const { data: user } = useQuery(userQuery(userId));
  const { data: days } = useQuery(activityDaysQuery(userId));
  if (!defs || !user || !days) return undefined;
  return userMilestones(defs.milestones ?? [], user, days, defs.windowDays);
}

/** A reached milestone as the chart and the feed mark it. */
export interface AdoptionMark {
  id: string;
  name: string;
  day: Day;
}

/** The milestones this user reached, with their day (for the chart and the news feed). */
export function useAdoptionMarks(userId: string): AdoptionMark[] {
  const list = useAdoptionMilestones(userId) ?? [];
  return list.flatMap(({ milestone, status }) =>
    status.state === 'reached' ? [{ id: milestone.id, name: milestone.name, day: status.day }] : [],
  );
}
