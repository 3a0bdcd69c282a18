import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { COUNT_Y_AXIS, DAY_TOOLTIP, DAY_X_AXIS } from '@/components/shared/chart-axis-props';
import { formatDate } from '@/components/shared/format';
import { Section } from '@/components/ui/section';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { addDays, dayRange, today } from '@/lib/domain/time';
import type { ActivityDay, Definitions, Milestone, MilestoneKind } from '@/lib/domain/types';
import { utilisationSeries } from '@/lib/domain/utilisation';
import { type ChartRange, usePanelStore } from '@/lib/panel/panel-store';
import type { AdoptionMark } from '@/lib/panel/use-adoption-milestones';
import { MILESTONE_SPAN_DAYS } from '@/lib/panel/use-milestones';
import { AdoptionChartLegend, adoptionReferenceLines } from './adoption-chart-marks';
import { MILESTONE_STYLE } from './milestone-colors';

const RANGES: ChartRange[] = [30, 90, 180, 365];

export interface UtilisationChartProps {
  rollups: ActivityDay[];
  defs: Definitions;
  now: Date;
  milestones: Milestone[];
  /** details: adoption milestones reached (drawn as their own lines). */
  adoption?: AdoptionMark[];
}

/** One bar per login day over the chosen range, milestones as coloured vertical lines. */
export function UtilisationChart({
  rollups,
  defs,
  now,
  milestones,
  adoption = [],
}: UtilisationChartProps) {
  const range = usePanelStore((s) => s.chartRange);
  const setRange = usePanelStore((s) => s.setChartRange);
  const end = today(now, defs.timezone);
  const start = addDays(end, -(range - 1));
  const { data, loginDays, shown } = useMemo(() => {
    const series = utilisationSeries(rollups, defs, now, range);
    const byDay = new Map(series.map((p) => [p.day, p.logins]));
    // Every day of the range is on the axis so gaps read as time without logins.
    const data = dayRange(start, end).map((day) => ({ day, logins: byDay.get(day) ?? 0 }));
    const shown = milestones.filter((m) => m.day >= start && m.day <= end);
    return { data, loginDays: series, shown };
  }, [rollups, defs, now, range, start, end, milestones]);
  const kinds = [...new Set(shown.map((m) => m.kind))] as MilestoneKind[];

  return (
    <Section
      title="Utilisation"
      actions={
        <select
          aria-label="Chart range"
          className="input compact"
          value={range}
          onChange={(e) => setRange(Number(e.target.value) as ChartRange)}
        >
          {RANGES.map((r) => (
            <option key={r} value={r}>
              Last {r} days
            </option>
          ))}
        </select>
      }
    >
      <p className="muted small">
        {loginDays.length} login {loginDays.length === 1 ? 'day' : 'days'} in the last {range} days
      </p>
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={140}>
          <BarChart
            accessibilityLayer={false}
            data={data}
            margin={{ top: 10, right: 4, bottom: 0, left: -24 }}
          >
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis dataKey="day" {...DAY_X_AXIS} />
            <YAxis {...COUNT_Y_AXIS} />
            <Tooltip {...DAY_TOOLTIP} />
            <Bar
              dataKey="logins"
              name="Logins"
              fill="var(--accent)"
              radius={[2, 2, 0, 0]}
              isAnimationActive={false}
            />
            {shown.map((m) => (
              <ReferenceLine
                key={`${m.kind}-${m.day}`}
                x={m.day}
                stroke={MILESTONE_STYLE[m.kind].color}
                strokeWidth={2}
                strokeDasharray="4 2"
              />
            ))}
            {adoptionReferenceLines(adoption, start, end)}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {kinds.length > 0 ? (
        <ul className="legend" aria-label="Milestones legend">
          {kinds.map((k) => (
            <li key={k}>
              <span className="legend-swatch" style={{ background: MILESTONE_STYLE[k].color }} />
              {MILESTONE_STYLE[k].label}
            </li>
          ))}
        </ul>
      ) : null}
      <AdoptionChartLegend marks={adoption} start={start} end={end} />
      {range > MILESTONE_SPAN_DAYS ? (
        <p className="muted small">Milestones are shown for the last {MILESTONE_SPAN_DAYS} days.</p>
      ) : null}
      <VisuallyHidden>
        <table>
          <caption>Logins per login day, last {range} days</caption>
          <thead>
            <tr>
              <th>Day</th>
              <th>Logins</th>
            </tr>
          </thead>
          <tbody>
            {loginDays.map((p) => (
              <tr key={p.day}>
                <td>{formatDate(p.day)}</td>
                <td>{p.logins}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length > 0 ? (
          <ul aria-label="Milestones">
            {shown.map((m) => (
              <li key={`${m.kind}-${m.day}`}>
                {MILESTONE_STYLE[m.kind].label} on {formatDate(m.day)}
              </li>
            ))}
          </ul>
        ) : null}
      </VisuallyHidden>
    </Section>
  );
}
