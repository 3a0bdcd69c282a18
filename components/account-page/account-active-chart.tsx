import {
  Area,
  AreaChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatDate } from '@/components/user-page/format';
import type { AccountActivePoint } from '@/lib/domain/account-active-series';

/**
 * The account's active users per day, drawn with Recharts. A default export so React.lazy loads
 * it in its own chunk, after the counts have painted; the section gives the same data as text.
 */
export default function AccountActiveChart({ points }: { points: AccountActivePoint[] }) {
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={120}>
        <AreaChart data={points} margin={{ top: 10, right: 8, bottom: 0, left: -18 }}>
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis
            dataKey="day"
            tickFormatter={(d: string) => formatDate(d).replace(/, \d{4}$/, '')}
            minTickGap={40}
            tick={{ fontSize: 11, fill: 'var(--muted)' }}
          />
          <YAxis allowDecimals={false} width={44} tick={{ fontSize: 11, fill: 'var(--muted)' }} />
          <Tooltip
            labelFormatter={(d) => formatDate(String(d))}
            contentStyle={{ background: 'var(--bg)', border: '1px solid var(--border)' }}
          />
          <Area
            type="monotone"
            dataKey="activeInWindow"
            name="Active (window)"
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
