import { ReferenceLine } from 'recharts';
import { formatDate } from '@/components/shared/format';
import type { AdoptionMark } from '@/lib/panel/use-adoption-milestones';

/** The colour of adoption-milestone lines (distinct from the type milestones'). */
export const ADOPTION_COLOR = 'var(--accent-strong, #0f766e)';

/**
 * Reference lines for the reached adoption milestones in [start, end]. Returned as an array of
 * ReferenceLine elements (not wrapped in a component) because Recharts only draws the chart's
 * direct children of its own types.
 */
export function adoptionReferenceLines(marks: readonly AdoptionMark[], start: string, end: string) {
  return marks
    .filter((m) => m.day >= start && m.day <= end)
    .map((m) => (
      <ReferenceLine
        key={`adoption-${m.id}`}
        x={m.day}
        stroke={ADOPTION_COLOR}
        strokeWidth={2}
        strokeDasharray="1 3"
      />
    ));
}

/** Legend and screen-reader list of the adoption milestones the chart marks. */
export function AdoptionChartLegend({
  marks,
  start,
  end,
}: {
  marks: readonly AdoptionMark[];
  start: string;
  end: string;
}) {
  const shown = marks.filter((m) => m.day >= start && m.day <= end);
  if (shown.length === 0) return null;
  return (
    <ul className="legend" aria-label="Adoption milestones on the chart">
      {shown.map((m) => (
        <li key={m.id}>
          <span className="legend-swatch" style={{ background: ADOPTION_COLOR }} />
          Reached “{m.name}” on {formatDate(m.day)}
        </li>
      ))}
    </ul>
  );
}
