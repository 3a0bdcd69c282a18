import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Section } from '@/components/ui/section';
import { changedPeopleByAccount } from '@/lib/domain/change-list';
import type { Day } from '@/lib/domain/types';
import {
  accountFiguresQuery,
  homeChangesQuery,
  pinnedAccountsQuery,
} from '@/lib/panel/home-queries';
import { AccountCard } from './account-card';

const SUGGESTED = 3;

/**
 * Pinned accounts with licence bars and this week's changes; with none, the busiest accounts,
 * looked up once `suggest` is set (the home sets it when its change list is on screen).
 */
export function MyAccountsSection({ today, suggest }: { today: Day; suggest: boolean }) {
  const { data: pinned, isPending } = useQuery(pinnedAccountsQuery());
  const { data: weekChanges } = useQuery(homeChangesQuery(today, 7));
  const week = useMemo(
    () => (weekChanges ? changedPeopleByAccount(weekChanges, { today, window: 7 }) : new Map()),
    [weekChanges, today],
  );
  const none = !isPending && (pinned?.length ?? 0) === 0;
  // The month (tens of thousands of rows on a big workspace) is read only for suggestions, and
  // only once the change list is painted: its read and decoding would otherwise delay the list.
  const { data: monthChanges } = useQuery({
    ...homeChangesQuery(today, 30),
    enabled: none && suggest && weekChanges !== undefined,
  });
  const busiest = useMemo(() => {
    if (!monthChanges) return [];
    const month = changedPeopleByAccount(monthChanges, { today, window: 30 });
    return [...month]
      .sort((a, b) => b[1] - a[1])
      .slice(0, SUGGESTED)
      .map(([id]) => id);
  }, [monthChanges, today]);
  const { data: suggestions } = useQuery({
    ...accountFiguresQuery(busiest),
    enabled: none && busiest.length > 0,
  });

  return (
    <Section title="My accounts">
      {isPending ? null : pinned && pinned.length > 0 ? (
        <ul className="home-accounts" aria-label="Pinned accounts">
          {pinned.map((p) => (
            <AccountCard key={p.account.id} item={p} changed={week.get(p.account.id) ?? 0} />
          ))}
        </ul>
      ) : (
        <>
          <p className="muted small">
            Pin an account from its page (☆ Pin to home) to follow it here
            {suggestions && suggestions.length > 0 ? '. Accounts with the most changes:' : '.'}
          </p>
          {suggestions && suggestions.length > 0 ? (
            <ul className="home-accounts" aria-label="Suggested accounts">
              {suggestions.map((p) => (
                <AccountCard key={p.account.id} item={p} changed={week.get(p.account.id) ?? 0} />
              ))}
            </ul>
          ) : null}
        </>
      )}
    </Section>
  );
}
