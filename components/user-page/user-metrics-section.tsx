import { useQuery } from '@tanstack/react-query';
import { formatDate, formatDateTime, formatDuration } from '@/components/shared/format';
import { Section } from '@/components/ui/section';
import { Skeleton } from '@/components/ui/skeleton';
import { useNow } from '@/lib/panel/use-now';
import { useUserMetrics } from '@/lib/panel/use-user-metrics';
import { definitionsQuery } from '@/lib/panel/workspace-queries';
import { Metric } from './metric';

/** Key numbers: last/first active, active days, time spent, last touchpoint. */
export function UserMetricsSection({ userId }: { userId: string }) {
  const now = useNow();
  const { data: defs } = useQuery(definitionsQuery());
  const m = useUserMetrics(userId, now);

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
            label={`Active days (${defs.windowDays}\u00a0d)`}
            value={String(m.activeDaysWindow)}
            hint={`${m.activeDaysAllTime} all time`}
          />
          <Metric
            label={`Time spent (${defs.windowDays}\u00a0d)`}
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
