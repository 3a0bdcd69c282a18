import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { formatDate, formatDateTime, formatDuration } from '@/components/shared/format';
import { Section } from '@/components/ui/section';
import { Skeleton } from '@/components/ui/skeleton';
import { userMetrics } from '@/lib/domain/metrics';
import { useNow } from '@/lib/panel/use-now';
import {
  activityDaysQuery,
  userEnrollmentsQuery,
  userNotesQuery,
  userQuery,
} from '@/lib/panel/user-queries';
import { cadencesQuery, definitionsQuery } from '@/lib/panel/workspace-queries';
import { Metric } from './metric';

/** Key numbers: last/first active, active days, time spent, last touchpoint. */
export function UserMetricsSection({ userId }: { userId: string }) {
  const now = useNow();
  const { data: user } = useQuery(userQuery(userId));
  const { data: defs } = useQuery(definitionsQuery());
  const { data: days } = useQuery(activityDaysQuery(userId));
  const { data: notes } = useQuery(userNotesQuery(userId));
  const { data: enrollments } = useQuery(userEnrollmentsQuery(userId));
  const { data: cadences } = useQuery(cadencesQuery());

  const m = useMemo(
    () =>
      user && defs && days && notes && enrollments && cadences
        ? userMetrics({ user, rollups: days, notes, enrollments, cadences, defs, now })
        : undefined,
    [user, defs, days, notes, enrollments, cadences, now],
  );

  return (
    <Section title="Usage">
      {!m || !defs ? (
        <Skeleton lines={3} label="Loading usage…" />
      ) : (
        <dl className="metrics">
          <Metric
            label="Last active"
            value={m.lastActiveOn ? formatDate(m.lastActiveOn) : 'Never'}
          />
          <Metric
            label={`Active days (${defs.windowDays} d)`}
            value={String(m.activeDaysWindow)}
            hint={`${m.activeDaysAllTime} all time`}
          />
          <Metric
            label={`Time spent (${defs.windowDays} d)`}
            value={formatDuration(m.timeSpentWindowSec)}
            hint={`${formatDuration(m.timeSpentSec)} all time`}
          />
          <Metric
            label="First active"
            value={m.firstActiveOn ? formatDate(m.firstActiveOn) : 'Never'}
            hint={`Created ${formatDate(m.createdOn)}`}
          />
          <Metric
            wide
            label="Last touchpoint"
            value={m.lastTouchpoint ? m.lastTouchpoint.label : 'None yet'}
            hint={
              m.lastTouchpoint
                ? formatDateTime(m.lastTouchpoint.at)
                : 'Write a note or add them to a cadence'
            }
          />
        </dl>
      )}
    </Section>
  );
}
