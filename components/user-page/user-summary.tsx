import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { formatDate, formatDateTime } from '@/components/shared/format';
import { userMetrics } from '@/lib/domain/metrics';
import { userSummary } from '@/lib/domain/user-summary';
import { useNow } from '@/lib/panel/use-now';
import {
  activityDaysQuery,
  userEnrollmentsQuery,
  userNotesQuery,
  userQuery,
  userStatsQuery,
} from '@/lib/panel/user-queries';
import { cadencesQuery, definitionsQuery } from '@/lib/panel/workspace-queries';

/** Above the fold: trend against the window before, last active, last touch, what to do next. */
export function UserSummaryView({ userId }: { userId: string }) {
  const now = useNow();
  const { data: user } = useQuery(userQuery(userId));
  const { data: stats } = useQuery(userStatsQuery(userId));
  const { data: defs } = useQuery(definitionsQuery());
  const { data: days } = useQuery(activityDaysQuery(userId));
  const { data: notes } = useQuery(userNotesQuery(userId));
  const { data: enrollments } = useQuery(userEnrollmentsQuery(userId));
  const { data: cadences } = useQuery(cadencesQuery());
  const ready = user && defs && days && notes && enrollments && cadences && stats !== undefined;
  const facts = useMemo(() => {
    if (!ready) return undefined;
    const summary = userSummary({ types: stats?.types ?? [], rollups: days, defs, now });
    const touch = userMetrics({ user, rollups: days, notes, enrollments, cadences, defs, now });
    return { summary, touch: touch.lastTouchpoint };
  }, [ready, user, stats, defs, days, notes, enrollments, cadences, now]);
  if (!facts || !defs) return null;
  const { summary: s, touch } = facts;
  const w = defs.windowDays;
  const trend =
    s.trend === 'up'
      ? `up from ${s.activeDaysBefore}`
      : s.trend === 'down'
        ? `down from ${s.activeDaysBefore}`
        : `same as the ${w} days before`;
  return (
    <section className="user-summary" aria-label="Summary">
      <p>
        Active {s.activeDaysNow} {s.activeDaysNow === 1 ? 'day' : 'days'} in the last {w} days,{' '}
        {trend}.
      </p>
      <p className="muted small">
        Last active {s.lastActiveOn ? formatDate(s.lastActiveOn) : 'never'} · Last touch{' '}
        {touch ? `${formatDateTime(touch.at)} (${touch.label})` : 'none yet'}
      </p>
      {s.nextStep ? (
        <p className="user-summary-next">
          <strong>Next:</strong> {s.nextStep}
        </p>
      ) : null}
    </section>
  );
}
