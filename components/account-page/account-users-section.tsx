import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { placeColumns } from '@/lib/domain/account-column-layout';
import { filterAccountUsers, hasActiveFilters } from '@/lib/domain/account-user-filter';
import { type AccountUserStats, accountUserRows } from '@/lib/domain/account-user-rows';
import { sortAccountUsers } from '@/lib/domain/account-user-sort';
import { displayName } from '@/lib/domain/display-name';
import type { User } from '@/lib/domain/types';
import { useAccountTableStore } from '@/lib/panel/account-table-store';
import { definitionsQuery, personasQuery, rolesQuery } from '@/lib/panel/workspace-queries';
import { AccountColumnChooser } from './account-column-chooser';
import { AccountMilestoneFilter } from './account-milestone-filter';
import { AccountUsersFilters } from './account-users-filters';
import { AccountUsersTable } from './account-users-table';

export interface AccountUsersSectionProps {
  accountName: string;
  users: readonly User[];
  stats: ReadonlyMap<string, AccountUserStats>;
  timeZone: string;
  onOpenUser(userId: string): void;
}

const count = new Intl.NumberFormat('en-US');
const usersText = (n: number) => `${count.format(n)} ${n === 1 ? 'user' : 'users'}`;

/** The account's users: total, search, filters, sorting, column chooser and the table. */
export function AccountUsersSection(props: AccountUsersSectionProps) {
  const { users, stats, timeZone } = props;
  const { data: roles = [] } = useQuery(rolesQuery());
  const { data: personas = [] } = useQuery(personasQuery());
  const { data: defs } = useQuery(definitionsQuery());
  const milestones = defs?.milestones;
  const filters = useAccountTableStore((s) => s.filters);
  const sort = useAccountTableStore((s) => s.sort);
  const layout = useAccountTableStore((s) => s.layout);
  const layoutMessage = useAccountTableStore((s) => s.layoutMessage);
  const actions = useAccountTableStore.getState();

  const rows = useMemo(
    () =>
      accountUserRows({
        users,
        stats,
        roles,
        personas,
        timeZone,
        milestones,
        nameOf: displayName,
      }),
    [users, stats, roles, personas, timeZone, milestones],
  );
  const sorted = useMemo(() => sortAccountUsers(rows, sort), [rows, sort]);
  const shown = useMemo(() => filterAccountUsers(sorted, filters), [sorted, filters]);
  const columns = useMemo(() => placeColumns(layout), [layout]);
  const filtered = hasActiveFilters(filters);

  return (
    <Section
      title="Users"
      actions={
        <AccountColumnChooser
          layout={layout}
          message={layoutMessage}
          onToggleVisible={actions.toggleVisible}
          onToggleFrozen={actions.toggleFrozen}
          onClose={actions.dismissLayoutMessage}
        />
      }
    >
      <p className="account-total" aria-live="polite">
        {filtered
          ? `Showing ${count.format(shown.length)} of ${usersText(rows.length)}`
          : usersText(rows.length)}
        {filtered ? (
          <button type="button" className="link-button small" onClick={actions.clearFilters}>
            Clear filters
          </button>
        ) : null}
      </p>
      <AccountUsersFilters
        filters={filters}
        roles={roles}
        personas={personas}
        onChange={actions.setFilters}
      />
      <AccountMilestoneFilter
        milestones={milestones ?? []}
        value={filters.milestone ?? 'all'}
        onChange={(milestone) => actions.setFilters({ milestone })}
      />
      {rows.length === 0 ? (
        <EmptyState title="No users in this account yet">
          Users appear here once the workspace links them to this account.
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState title="No users match these filters">
          <button type="button" className="button small" onClick={actions.clearFilters}>
            Clear filters
          </button>
        </EmptyState>
      ) : (
        <AccountUsersTable
          // A new sort or filter starts at the top of the list.
          scrollResetKey={`${sort.column}:${sort.direction}:${JSON.stringify(filters)}`}
          label={`Users of ${props.accountName}`}
          rows={shown}
          columns={columns}
          sort={sort}
          onSort={actions.sortBy}
          onOpenUser={props.onOpenUser}
          initialScrollTop={useAccountTableStore.getState().scrollTop}
          onScrollTopChange={actions.setScrollTop}
        />
      )}
    </Section>
  );
}
