import { useMemo } from 'react';
import { formatDate } from '@/components/shared/format';
import { Section } from '@/components/ui/section';
import { activityStrip } from '@/lib/domain/activity-strip';
import type { ActivityDay, Definitions } from '@/lib/domain/types';

export interface ActivityStripViewProps {
  rollups: ActivityDay[];
  defs: Definitions;
  now: Date;
}

/** 60 squares, one per day, filled when the user was active; summarised in words for readers. */
export function ActivityStripView({ rollups, defs, now }: ActivityStripViewProps) {
  const strip = useMemo(() => activityStrip(rollups, defs, now, 60), [rollups, defs, now]);
  const active = strip.filter((d) => d.active).length;
  const first = strip[0];
  const last = strip[strip.length - 1];
  return (
    <Section title="Last 60 days">
      <p className="small">
        Active on <strong>{active}</strong> of the last {strip.length} days
      </p>
      <div
        className="strip"
        role="img"
        aria-label={`Active on ${active} of the last ${strip.length} days`}
      >
        {strip.map((d) => (
          <span
            key={d.day}
            className={d.active ? 'strip-day on' : 'strip-day'}
            title={`${formatDate(d.day)}: ${d.active ? `${d.count} activity events` : 'not active'}`}
          />
        ))}
      </div>
      {first && last ? (
        <div className="strip-axis muted small" aria-hidden="true">
          <span>{formatDate(first.day)}</span>
          <span>Today</span>
        </div>
      ) : null}
    </Section>
  );
}
