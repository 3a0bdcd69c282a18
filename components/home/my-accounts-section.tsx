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

/** Pinned accounts with licence bars and this week's changes; with none, the busiest accounts. */
export function MyAccountsSection({ today }: { today: Day }) {
  const { data: pinned, isPending } = useQuery(pinnedAccountsQuery());
  const { data: changes } = useQuery(homeChangesQuery(today));
  const week = useMemo(
    () => (changes ? changedPeopleByAccount(changes, { today, window: 7 }) : new Map()),
    [changes, today],
  );
  const busiest = useMemo(() => {
    if (!changes) return [];
    const month = changedPeopleByAccount(changes, { today, window: 30 });
    return [...month]
      .sort((a, b) => b[1] - a[1])
      .slice(0, SUGGESTED)
      .map(([id]) => id);
  }, [changes, today]);
  const none = !isPending && (pinned?.length ?? 0) === 0;
  const { data: suggestions } = useQuery({ ...accountFiguresQuery(busiest), enabled: none });

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
