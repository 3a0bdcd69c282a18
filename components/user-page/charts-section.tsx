import { useQuery } from '@tanstack/react-query';
import { Skeleton } from '@/components/ui/skeleton';
import { useAdoptionMarks } from '@/lib/panel/use-adoption-milestones';
import { useMilestones } from '@/lib/panel/use-milestones';
import { useNow } from '@/lib/panel/use-now';
import { activityDaysQuery } from '@/lib/panel/user-queries';
import { definitionsQuery } from '@/lib/panel/workspace-queries';
import { ActivityStripView } from './activity-strip-view';
import { ActivityTimelineChart } from './activity-timeline-chart';
import { NoActivityState } from './no-activity-state';
import { TopItemsSection } from './top-items-section';
import { UtilisationChart } from './utilisation-chart';

/**
 * Everything drawn with Recharts, in one lazily loaded chunk (default export for React.lazy) so
 * the header and badges never wait on chart code.
 */
export default function ChartsSection({ userId }: { userId: string }) {
  const now = useNow();
  const { data: defs } = useQuery(definitionsQuery());
  const { data: days } = useQuery(activityDaysQuery(userId));
  const milestones = useMilestones(userId, now);
  const adoption = useAdoptionMarks(userId);
  if (!defs || !days) return <Skeleton height={180} label="Loading charts…" />;
  // Three empty charts say less than one line: someone who never used the product gets that line.
  if (!days.some((d) => d.events > 0 || d.logins > 0 || d.durationSec > 0))
    return <NoActivityState />;
  return (
    <>
      <UtilisationChart
        rollups={days}
        defs={defs}
        now={now}
        milestones={milestones ?? []}
        adoption={adoption}
      />
      <ActivityStripView rollups={days} defs={defs} now={now} />
      <ActivityTimelineChart rollups={days} defs={defs} now={now} />
      <TopItemsSection rollups={days} defs={defs} now={now} />
    </>
  );
}
