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
import type { AccountActivePoint } from '@/lib/domain/account-active-series';

/**
 * The account's active users per day, drawn with Recharts. A default export so React.lazy loads
 * it in its own chunk, after the counts have painted; the section gives the same data as text.
 */
export default function AccountActiveChart({ points }: { points: AccountActivePoint[] }) {
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={120}>
        <AreaChart
          accessibilityLayer={false}
          data={points}
          margin={{ top: 10, right: 8, bottom: 0, left: -18 }}
        >
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis dataKey="day" {...DAY_X_AXIS} />
          <YAxis {...COUNT_Y_AXIS} />
          <Tooltip {...DAY_TOOLTIP} />
          <Area
            type="monotone"
            dataKey="activeInWindow"
            name="Active in the window"
            stroke="var(--type-active)"
            fill="var(--type-active)"
            fillOpacity={0.15}
            isAnimationActive={false}
          />
          <Area
            type="monotone"
            dataKey="activeThatDay"
            name="Active that day"
            stroke="var(--accent)"
            fill="var(--accent)"
            fillOpacity={0.1}
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
