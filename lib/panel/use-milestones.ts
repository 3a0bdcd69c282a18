import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { THRESHOLD_DAYS } from '../db/derived';
import { milestones } from '../domain/milestones';
import { addDays, today } from '../domain/time';
import type { Milestone } from '../domain/types';
import { isInfluencerCandidate } from '../domain/user-types';
import { activityDaysQuery, crmSightingQuery, userQuery } from './user-queries';
import { definitionsQuery, thresholdsQuery } from './workspace-queries';

/**
 * Milestones need the workspace threshold of every day, which the background keeps for the
 * last THRESHOLD_DAYS days; longer chart ranges show milestones of that span only.
 */
export const MILESTONE_SPAN_DAYS = THRESHOLD_DAYS;

/** Days in the last year on which the user became inactive, an influencer or a power user. */
export function useMilestones(userId: string, now: Date): Milestone[] | undefined {
  const { data: defs } = useQuery(definitionsQuery());
  const { data: user } = useQuery(userQuery(userId));
  const { data: days } = useQuery(activityDaysQuery(userId));
  const { data: sighting } = useQuery(crmSightingQuery(userId));
  const to = defs ? today(now, defs.timezone) : undefined;
  const from = to ? addDays(to, -(MILESTONE_SPAN_DAYS - 1)) : undefined;
  const { data: thresholds } = useQuery({
    ...thresholdsQuery(from ?? '', to ?? ''),
    enabled: from !== undefined,
  });
  return useMemo(() => {
    if (!defs || !user || !days || !thresholds || !from || !to || sighting === undefined)
      return undefined;
    return milestones({
      rollups: days,
      thresholds,
      isInfluencerCandidate: isInfluencerCandidate(user, sighting !== null, defs),
      from,
      to,
      defs,
    });
  }, [defs, user, days, thresholds, from, to, sighting]);
}
