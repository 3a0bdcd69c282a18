import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { ErrorText } from '@/components/ui/error-text';
import { Section } from '@/components/ui/section';
import { Skeleton } from '@/components/ui/skeleton';
import { VisuallyHidden } from '@/components/ui/visually-hidden';
import { accountActiveSeries } from '@/lib/domain/account-active-series';
import { addDays, today } from '@/lib/domain/time';
import type { Definitions } from '@/lib/domain/types';
import { accountActivityQuery } from '@/lib/panel/account-queries';

// Recharts is big: the chart's chunk loads after the account's counts have painted.
const AccountActiveChart = lazy(() => import('./account-active-chart'));

export const ACTIVE_CHART_DAYS = 90;

export interface AccountActivitySectionProps {
  accountId: string;
  defs: Definitions;
  now: Date;
}

/** Active users of the account over 90 days: a summary line, the chart and a table for screen readers. */
export function AccountActivitySection({ accountId, defs, now }: AccountActivitySectionProps) {
  const end = today(now, defs.timezone);
  const from = addDays(end, -(ACTIVE_CHART_DAYS + defs.windowDays - 2));
  const { data: rollups, isPending, isError } = useQuery(accountActivityQuery(accountId, from));
  const points = useMemo(
    () => (rollups ? accountActiveSeries(rollups, defs, now, ACTIVE_CHART_DAYS) : undefined),
    [rollups, defs, now],
  );
  const last = points?.at(-1);

  return (
    <Section title={`Active users, last ${ACTIVE_CHART_DAYS} days`}>
      {isError ? (
        <ErrorText>
          The activity of this account could not be read from the local copy. Try reopening the
          panel.
        </ErrorText>
      ) : isPending || !points || !last ? (
        <Skeleton height={140} label="Loading the account's activity…" />
      ) : (
        <>
          <p className="small">
            {`${last.activeInWindow} ${last.activeInWindow === 1 ? 'person' : 'people'} active in the last ${defs.windowDays} days; ${last.activeThatDay} today.`}
          </p>
          <Suspense fallback={<Skeleton height={140} label="Loading the chart…" />}>
            <AccountActiveChart points={points} />
          </Suspense>
          {/* The chart has two lines: name them (in the chart's colours) so neither is guessed. */}
          <ul className="legend" aria-label="Chart legend">
            <li>
              <span className="legend-swatch" style={{ background: 'var(--type-active)' }} />
              Active in the last {defs.windowDays} days
            </li>
            <li>
              <span className="legend-swatch" style={{ background: 'var(--accent)' }} />
              Active that day
            </li>
          </ul>
          <VisuallyHidden>
            <table>
              <caption>Active users of the account per day</caption>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Active in the window</th>
                  <th scope="col">Active that day</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.day}>
                    <td>{p.day}</td>
                    <td>{p.activeInWindow}</td>
                    <td>{p.activeThatDay}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </VisuallyHidden>
        </>
      )}
    </Section>
  );
}
