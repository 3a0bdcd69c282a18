import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import type { UserStats } from '@/lib/db/records';
import { toStoredAccount, toStoredUser } from '@/lib/db/stored-keys';
import type { UserType } from '@/lib/domain/types';
import { setMeta } from '@/tests/support/meta-rows';
import {
  ACCOUNT_ID,
  daysAgo,
  freshDb,
  renderAccountPanel,
  stubTableViewport,
} from './account-fixture';

const N = 5000;
stubTableViewport(440);

const PATTERNS: UserType[][] = [
  ['power', 'active'],
  ['active'],
  ['influencer', 'active'],
  ['inactive'],
  ['zombie'],
  ['active'],
  ['inactive'],
];

let stats: UserStats[] = [];

beforeEach(async () => {
  freshDb();
  const db = getDb();
  await db.accounts.put(
    toStoredAccount({
      id: ACCOUNT_ID,
      name: 'Northwind Traders',
      domain: 'northwind.example',
      licenses: 2500,
    }),
  );
  const users = Array.from({ length: N }, (_, i) =>
    toStoredUser({
      id: `u-${String(i).padStart(5, '0')}`,
      email: `user${i}@northwind.example`,
      firstName: `User`,
      lastName: String(i).padStart(5, '0'),
      accountId: ACCOUNT_ID,
      createdAt: '2025-01-01T00:00:00Z',
    }),
  );
  stats = users.map((u, i) => {
    const types = PATTERNS[i % PATTERNS.length] ?? [];
    const active = types.includes('active');
    return {
      userId: u.id,
      accountId: ACCOUNT_ID,
      types,
      windowCount: active ? (i % 97) + 1 : 0,
      activeDaysWindow: active ? (i % 13) + 1 : 0,
      everActive: !types.includes('zombie'),
      ...(types.includes('zombie') ? {} : { lastActiveDay: daysAgo(i % 60) }),
    };
  });
  await db.users.bulkPut(users);
  await db.userStats.bulkPut(stats);
  // As after a finished sync: the stats above are the derived data.
  await setMeta(META.derivedDay, daysAgo(0));
});

const renderedRows = (table: HTMLElement) => table.querySelectorAll('tbody tr');

describe('the users table at 5,000 users', () => {
  it('counts every user but keeps only a window of rows in the DOM', async () => {
    await renderAccountPanel();
    expect(await screen.findByText('5,000 users', {}, { timeout: 10_000 })).toBeInTheDocument();

    // The counts are those of the stored stats, computed here independently.
    const expected = (t: UserType) => stats.filter((s) => s.types.includes(t)).length;
    const list = screen.getByRole('list', { name: 'Users by type' });
    for (const [label, type] of [
      ['Power user', 'power'],
      ['Active', 'active'],
      ['Influencer', 'influencer'],
      ['Inactive', 'inactive'],
      ['Zombie', 'zombie'],
    ] as const) {
      const value = within(list).getByText(label).closest('li')?.querySelector('.type-count-value');
      expect(value?.textContent).toBe(expected(type).toLocaleString('en-US'));
    }
    expect(
      screen.getByText(`${expected('active').toLocaleString('en-US')} active of 2,500 licences`),
    ).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Users of Northwind Traders' });
    expect(table).toHaveAttribute('aria-rowcount', String(N + 1));
    const first = renderedRows(table).length;
    expect(first).toBeGreaterThan(5);
    expect(first).toBeLessThan(40);
    expect(within(table).getByRole('button', { name: 'User 00000' })).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: 'User 04999' })).not.toBeInTheDocument();

    // Scroll to the middle: the window moves, the DOM stays small.
    const scroller = table.closest('.account-table-scroll') as HTMLElement;
    scroller.scrollTop = 40 * 2500;
    fireEvent.scroll(scroller);
    expect(await within(table).findByRole('button', { name: 'User 02500' })).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: 'User 00000' })).not.toBeInTheDocument();
    expect(renderedRows(table).length).toBeLessThan(40);
  });

  it('filters and sorts all 5,000 rows, not just the rendered ones', async () => {
    await renderAccountPanel();
    const activity = await screen.findByRole(
      'combobox',
      { name: 'Filter by activity' },
      { timeout: 10_000 },
    );
    await userEvent.selectOptions(activity, 'Never logged in');
    const zombies = stats.filter((s) => s.types.includes('zombie')).length;
    expect(screen.getByText(`Showing ${zombies} of 5,000 users`)).toBeInTheDocument();
    await userEvent.selectOptions(activity, 'Any activity');
    await userEvent.click(screen.getByRole('button', { name: /^Name/ }));
    const table = screen.getByRole('table', { name: 'Users of Northwind Traders' });
    expect(within(table).getByRole('button', { name: 'User 04999' })).toBeInTheDocument();
    const top = [...stats].sort(
      (a, b) => b.windowCount - a.windowCount || (a.userId < b.userId ? -1 : 1),
    )[0];
    await userEvent.click(screen.getByRole('button', { name: /Events in window/ }));
    const firstRow = renderedRows(table)[0];
    expect(firstRow?.textContent).toContain(String(top?.windowCount));
  });
});
