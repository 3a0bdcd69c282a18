import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { formatDate, formatDateTime } from '@/components/shared/format';
import { userSummary } from '@/lib/domain/user-summary';
import { useNow } from '@/lib/panel/use-now';
import { useUserMetrics } from '@/lib/panel/use-user-metrics';
import { activityDaysQuery, userStatsQuery } from '@/lib/panel/user-queries';
import { definitionsQuery } from '@/lib/panel/workspace-queries';

/** Above the fold: trend against the window before, last active, last touch, what to do next. */
export function UserSummaryView({ userId }: { userId: string }) {
  const now = useNow();
  const metrics = useUserMetrics(userId, now);
  const { data: stats } = useQuery(userStatsQuery(userId));
  const { data: defs } = useQuery(definitionsQuery());
  const { data: days } = useQuery(activityDaysQuery(userId));
  const summary = useMemo(
    () =>
      defs && days && stats !== undefined
        ? userSummary({ types: stats?.types ?? [], rollups: days, defs, now })
        : undefined,
    [stats, defs, days, now],
  );
  if (!metrics || !summary || !defs) return null;
  const s = summary;
  const touch = metrics.lastTouchpoint;
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
