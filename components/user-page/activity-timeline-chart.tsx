import { useMemo, useState } from 'react';
import {
  Area,
  AreaChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { COUNT_Y_AXIS, DAY_TOOLTIP, DAY_X_AXIS } from '@/components/shared/chart-axis-props';
import { formatDate, formatDuration } from '@/components/shared/format';
import { Section } from '@/components/ui/section';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { activityTimeline, type TimelinePoint } from '@/lib/domain/timeline';
import type { ActivityDay, Definitions } from '@/lib/domain/types';
import { type Granularity, usePanelStore } from '@/lib/panel/panel-store';

type Measure = 'events' | 'logins' | 'durationSec' | 'features';

const MEASURES: { id: Measure; label: string }[] = [
  { id: 'events', label: 'Events' },
  { id: 'logins', label: 'Logins' },
  { id: 'durationSec', label: 'Time spent' },
  { id: 'features', label: 'Distinct features' },
];

export interface ActivityTimelineChartProps {
  rollups: ActivityDay[];
  defs: Definitions;
  now: Date;
}

/** The last 90 days of one measure, daily or weekly, with the full series as a hidden table. */
export function ActivityTimelineChart({ rollups, defs, now }: ActivityTimelineChartProps) {
  const granularity = usePanelStore((s) => s.timelineGranularity);
  const setGranularity = usePanelStore((s) => s.setTimelineGranularity);
  const [measure, setMeasure] = useState<Measure>('events');
  const points = useMemo(
    () => activityTimeline(rollups, defs, now, { days: 90, granularity }),
    [rollups, defs, now, granularity],
  );
  const format = (p: TimelinePoint, m: Measure) =>
    m === 'durationSec' ? formatDuration(p.durationSec) : String(p[m]);
  const label = MEASURES.find((m) => m.id === measure)?.label ?? '';

  return (
    <Section
      title="90-day timeline"
      actions={
        <>
          <select
            aria-label="Measure"
            className="input compact"
            value={measure}
            onChange={(e) => setMeasure(e.target.value as Measure)}
          >
            {MEASURES.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
          <select
            aria-label="Granularity"
            className="input compact"
            value={granularity}
            onChange={(e) => setGranularity(e.target.value as Granularity)}
          >
            <option value="daily">Daily</option>
            <option value="weekly">Weekly</option>
          </select>
        </>
      }
    >
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={130}>
          <AreaChart
            accessibilityLayer={false}
            data={points}
            margin={{ top: 10, right: 4, bottom: 0, left: -24 }}
          >
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis dataKey="start" {...DAY_X_AXIS} />
            <YAxis
              {...COUNT_Y_AXIS}
              tickFormatter={(v: number) =>
                measure === 'durationSec' ? `${Math.round(v / 60)}m` : String(v)
              }
            />
            <Tooltip
              {...DAY_TOOLTIP}
              formatter={(v) => [
                measure === 'durationSec' ? formatDuration(Number(v)) : String(v),
                label,
              ]}
            />
            <Area
              type="monotone"
              dataKey={measure}
              stroke="var(--accent)"
              fill="var(--accent)"
              fillOpacity={0.18}
              isAnimationActive={false}
            />
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <VisuallyHidden>
        <table>
          <caption>Activity per {granularity === 'weekly' ? 'week' : 'day'}, last 90 days</caption>
          <thead>
            <tr>
              <th>{granularity === 'weekly' ? 'Week of' : 'Day'}</th>
              {MEASURES.map((m) => (
                <th key={m.id}>{m.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points
              .filter((p) => p.events > 0 || p.logins > 0)
              .map((p) => (
                <tr key={p.start}>
                  <td>{formatDate(p.start)}</td>
                  {MEASURES.map((m) => (
                    <td key={m.id}>{format(p, m.id)}</td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Section>
  );
}
