import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type UserMetrics, userMetrics } from '../domain/metrics';
import { activityDaysQuery, userEnrollmentsQuery, userNotesQuery, userQuery } from './user-queries';
import { cadencesQuery, definitionsQuery } from './workspace-queries';

/**
 * The user's key figures (activity, time spent, last touchpoint) from their rollups, notes and
 * enrolments; undefined until all are read. The summary and the usage section both show them.
 */
export function useUserMetrics(userId: string, now: Date): UserMetrics | undefined {
  const { data: user } = useQuery(userQuery(userId));
  const { data: defs } = useQuery(definitionsQuery());
  const { data: days } = useQuery(activityDaysQuery(userId));
  const { data: notes } = useQuery(userNotesQuery(userId));
  const { data: enrollments } = useQuery(userEnrollmentsQuery(userId));
  const { data: cadences } = useQuery(cadencesQuery());
  return useMemo(
    () =>
      user && defs && days && notes && enrollments && cadences
        ? userMetrics({ user, rollups: days, notes, enrollments, cadences, defs, now })
        : undefined,
    [user, defs, days, notes, enrollments, cadences, now],
  );
}
