import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AccountUsersTable } from '@/components/account-page/account-users-table';
import { placeColumns } from '@/lib/domain/account-column-layout';
import type { AccountUserRow } from '@/lib/domain/account-user-rows';
import { stubTableViewport } from './account-fixture';

stubTableViewport();

const row = (over: Partial<AccountUserRow>): AccountUserRow => ({
  id: 'u-ada',
  name: 'Ada Lovelace',
  types: ['active'],
  windowCount: 3,
  activeDaysWindow: 2,
  everActive: true,
  createdOn: '2026-01-05',
  searchText: 'ada lovelace',
  ...over,
});

function renderTable(rows: AccountUserRow[]) {
  render(
    <AccountUsersTable
      label="Users of Northwind"
      rows={rows}
      columns={placeColumns({ visible: ['name', 'lastActive', 'created'], frozen: ['name'] })}
      sort={{ column: 'name', direction: 'asc' }}
      onSort={() => {}}
      onOpenUser={() => {}}
    />,
  );
}

describe('account users table dates', () => {
  it('shows days in the panel’s one date format, never as ISO', async () => {
    renderTable([row({ lastActiveDay: '2026-11-27' })]);
    const table = screen.getByRole('table', { name: 'Users of Northwind' });
    expect(await within(table).findByText('Nov 27, 2026')).toBeTruthy();
    expect(within(table).getByText('Jan 5, 2026')).toBeTruthy();
    expect(within(table).queryByText('2026-11-27')).toBeNull();
  });

  it('says Never for a user who was never active', async () => {
    renderTable([row({ lastActiveDay: undefined })]);
    expect(await screen.findByText('Never')).toBeTruthy();
  });
});
