import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { PinButton } from '@/components/home/pin-button';
import { SinceLastLooked } from '@/components/home/since-last-looked';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorText } from '@/components/ui/error-text';
import { Skeleton } from '@/components/ui/skeleton';
import { Tabs } from '@/components/ui/tabs';
import { licenceHint } from '@/lib/domain/account-licence-hint';
import { accountTypeCounts } from '@/lib/domain/account-type-counts';
import { displayName } from '@/lib/domain/display-name';
import { accountUsersQuery } from '@/lib/panel/account-queries';
import { type AccountTab, useAccountTableStore } from '@/lib/panel/account-table-store';
import { useNow } from '@/lib/panel/use-now';
import { accountQuery } from '@/lib/panel/user-queries';
import { definitionsQuery, workspaceQuery } from '@/lib/panel/workspace-queries';
import { AccountActivitySection } from './account-activity-section';
import { AccountHeader } from './account-header';
import { AccountNewsFeed } from './account-news-feed';
import { AccountNotesSection } from './account-notes-section';
import { AccountTypeCountsView } from './account-type-counts-view';
import { AccountUsersSection } from './account-users-section';
import { LicenceHintView } from './licence-hint-view';
import './account-page.css';

export interface AccountPageProps {
  accountId: string;
  onOpenUser(userId: string): void;
}

const TABS: { id: AccountTab; label: string }[] = [
  { id: 'users', label: 'Users' },
  { id: 'notes', label: 'Notes' },
  { id: 'news', label: 'News' },
];

/**
 * The account view: who the account is, its users by type against licences, and tabs for the
 * users table, notes and the news feed; its active users over 90 days sit in the overview.
 */
export function AccountPage({ accountId, onOpenUser }: AccountPageProps) {
  const now = useNow();
  const showAccount = useAccountTableStore((s) => s.showAccount);
  const tab = useAccountTableStore((s) => s.tab);
  const setTab = useAccountTableStore((s) => s.setTab);
  const typeFilter = useAccountTableStore((s) => s.filters.type);
  const setFilters = useAccountTableStore((s) => s.setFilters);
  useEffect(() => showAccount(accountId), [accountId, showAccount]);

  const { data: account, isPending } = useQuery(accountQuery(accountId));
  const { data: members, isError } = useQuery(accountUsersQuery(accountId));
  const { data: defs } = useQuery(definitionsQuery());
  const { data: workspace } = useQuery(workspaceQuery());

  const counts = useMemo(
    () =>
      members
        ? accountTypeCounts(members.users.map((u) => ({ types: members.stats.get(u.id)?.types })))
        : undefined,
    [members],
  );
  const names = useMemo(
    () => new Map((members?.users ?? []).map((u) => [u.id, displayName(u)])),
    [members],
  );

  if (isPending) return <Skeleton lines={5} label="Loading the account…" />;
  if (!account) {
    return (
      <EmptyState title="This account is not in the local copy of the workspace">
        It may have been removed on the server since the CRM page was matched. Try “Sync now” below.
      </EmptyState>
    );
  }
  return (
    <article className="account-page" aria-label="Account">
      <AccountHeader account={account} demo={workspace?.id === 'demo'} />
      <div className="account-tools">
        <PinButton accountId={accountId} />
      </div>
      <SinceLastLooked kind="account" id={accountId} />
      {isError ? (
        <ErrorText>
          The users of this account could not be read from the local copy. Try reopening the panel.
        </ErrorText>
      ) : !members || !counts || !defs ? (
        <Skeleton lines={3} label="Counting the account's users…" />
      ) : (
        <>
          <AccountTypeCountsView
            counts={counts}
            selected={typeFilter}
            onPick={(type) => {
              setFilters({ type });
              setTab('users');
            }}
          />
          <LicenceHintView
            hint={licenceHint({
              licenses: account.licenses,
              active: counts.active,
              power: counts.power,
            })}
          />
          <AccountActivitySection accountId={accountId} defs={defs} now={now} />
          <Tabs label="Account sections" tabs={TABS} selected={tab} onSelect={setTab} />
          <div role="tabpanel" aria-label={TABS.find((t) => t.id === tab)?.label}>
            {tab === 'users' ? (
              <AccountUsersSection
                accountName={account.name}
                users={members.users}
                stats={members.stats}
                timeZone={defs.timezone}
                onOpenUser={onOpenUser}
              />
            ) : tab === 'notes' ? (
              <AccountNotesSection
                accountId={accountId}
                userNames={names}
                onOpenUser={onOpenUser}
              />
            ) : (
              <AccountNewsFeed accountId={accountId} users={members.users} defs={defs} now={now} />
            )}
          </div>
        </>
      )}
    </article>
  );
}
