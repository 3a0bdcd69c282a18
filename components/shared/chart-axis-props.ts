import { formatDate } from './format';

// Plain props, not Recharts components, so importing this pulls no chart code into a chunk.

const TICK = { fontSize: 11, fill: 'var(--muted)' };

/** An X axis of days ("Nov 20"), thinned so labels never overlap. */
export const DAY_X_AXIS = {
  tickFormatter: (day: string) => formatDate(day).replace(/, \d{4}$/, ''),
  minTickGap: 40,
  tick: TICK,
};

/** A Y axis of whole counts. */
export const COUNT_Y_AXIS = { allowDecimals: false, width: 44, tick: TICK };

/** A tooltip titled with the full date, in the panel's colours. */
export const DAY_TOOLTIP = {
  labelFormatter: (day: unknown) => formatDate(String(day)),
  contentStyle: { background: 'var(--bg)', border: '1px solid var(--border)' },
};
