import { useQuery } from '@tanstack/react-query';
import { type UserMilestone, userMilestones } from '../domain/adoption-milestones';
import type { User } from '../domain/types';
import { activityDaysQuery } from './user-queries';
import { definitionsQuery } from './workspace-queries';

/**
 * The adoption milestones that concern this user, worked out from their own rollups with the
 * definitions in force (so a milestone saved in Settings shows without waiting for the
 * background's recompute). Undefined while loading; empty when none apply.
 */
export function useAdoptionMilestones(user: User): UserMilestone[] | undefined {
  const { data: defs } = useQuery(definitionsQuery());
  const { data: days } = useQuery(activityDaysQuery(user.id));
  if (!defs || !days) return undefined;
  return userMilestones(defs.milestones ?? [], user, days, defs.windowDays);
}
