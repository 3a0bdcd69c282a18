import { userMilestones } from '../adoption-milestones';
import type { ActivityDay, AdoptionMilestone, User } from '../types';
import type { PersonHealthInput } from './person';

/**
 * The milestones part of a person's health input: those that concern them and whose status
 * can be known (rollups with per-name counts), and the days they reached them.
 */
export function milestoneHealthInput(
  milestones: readonly AdoptionMilestone[] | undefined,
  user: Pick<User, 'roleId' | 'personaId'>,
  rollups: readonly ActivityDay[],
  windowDays: number,
): PersonHealthInput['milestones'] {
  if (!milestones?.length) return undefined;
  const known = userMilestones(milestones, user, rollups, windowDays).filter(
    (m) => m.status.state !== 'unknown',
  );
  return {
    applicable: known.length,
    reachedOn: known.flatMap((m) => (m.status.state === 'reached' ? [m.status.day] : [])),
  };
}
