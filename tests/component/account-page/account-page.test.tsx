import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { listOutbox } from '@/lib/db/outbox';
import {
  ACCOUNT_ID,
  freshDb,
  renderAccountPanel,
  seedAccount,
  stubTableViewport,
} from './account-fixture';

stubTableViewport();

beforeEach(async () => {
  freshDb();
  await seedAccount();
});

const countOf = (label: string) => {
  const list = screen.getByRole('list', { name: 'Users by type' });
  const item = within(list).getByText(label).closest('li');
  return item?.querySelector('.type-count-value')?.textContent;
};

const tableNames = () =>
  within(screen.getByRole('table', { name: 'Users of Northwind Traders' }))
    .queryAllByRole('button')
    .filter((b) => b.classList.contains('row-open'))
    .map((b) => b.textContent);

describe('the account view', () => {
  it('shows the account, its users by type and the licence hint', async () => {
    await renderAccountPanel();
    expect(await screen.findByRole('heading', { name: 'Northwind Traders' })).toBeInTheDocument();
    expect(screen.getByText('northwind.example · 5 licences')).toBeInTheDocument();
    await screen.findByRole('list', { name: 'Users by type' });
    expect(countOf('Power user')).toBe('1');
    expect(countOf('Active')).toBe('3');
    expect(countOf('Influencer')).toBe('1');
    expect(countOf('Inactive')).toBe('1');
    expect(countOf('Zombie')).toBe('2');
    const hint = screen.getByRole('note', { name: 'Licences' });
    expect(within(hint).getByText('3 active of 5 licences')).toBeInTheDocument();
    expect(
      within(hint).getByText('60% of licences in active use, 1 power user.'),
    ).toBeInTheDocument();
    // Deactivated Gus and Olga of another account are not users of this account.
    expect(screen.getByText('6 users')).toBeInTheDocument();
    const adaRow = screen
      .getByRole('button', { name: 'Ada Lovelace' })
      .closest('tr') as HTMLElement;
    // Power user and influencer imply active: the table shows the two telling badges only.
    expect([...adaRow.querySelectorAll('.badge')].map((b) => b.textContent)).toEqual([
      'Power user',
      'Influencer',
    ]);
    expect(tableNames()).toEqual([
      'Ada Lovelace',
      'Bob Stone',
      'Cara Diaz',
      'Dan Ortiz',
      'Eve Moss',
      'Fay Quinn',
    ]);
  });

  it('filters by activity, role and persona, and searches', async () => {
    await renderAccountPanel();
    const activity = await screen.findByRole('combobox', { name: 'Filter by activity' });
    await userEvent.selectOptions(activity, 'Never logged in');
    expect(tableNames()).toEqual(['Eve Moss', 'Fay Quinn']);
    expect(screen.getByText('Showing 2 of 6 users')).toBeInTheDocument();
    await userEvent.selectOptions(activity, 'Inactive in the window');
    expect(tableNames()).toEqual(['Dan Ortiz']);
    await userEvent.selectOptions(activity, 'Active in the window');
    expect(tableNames()).toEqual(['Ada Lovelace', 'Bob Stone', 'Cara Diaz']);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Filter by role' }),
      'Viewer',
    );
    expect(tableNames()).toEqual(['Bob Stone', 'Cara Diaz']);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Filter by persona' }),
      'No persona',
    );
    expect(tableNames()).toEqual(['Cara Diaz']);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(tableNames()).toHaveLength(6);
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search this account’s users' }),
      'analy',
    );
    expect(tableNames()).toEqual(['Ada Lovelace', 'Cara Diaz']);
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search this account’s users' }),
      ' zzz',
    );
    expect(screen.getByText('No users match these filters')).toBeInTheDocument();
  });

  it('sorts by a column and flips the direction', async () => {
    await renderAccountPanel();
    const header = await screen.findByRole('button', { name: /Events in window/ });
    await userEvent.click(header);
    expect(tableNames().slice(0, 3)).toEqual(['Ada Lovelace', 'Bob Stone', 'Cara Diaz']);
    expect(header.closest('th')).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(screen.getByRole('button', { name: /^Name/ }));
    await userEvent.click(screen.getByRole('button', { name: /^Name/ }));
    expect(tableNames()[0]).toBe('Fay Quinn');
  });

  it('freezes up to two columns and refuses a third with a message', async () => {
    await renderAccountPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Columns' }));
    await userEvent.click(screen.getByRole('button', { name: 'Freeze Email' }));
    const table = screen.getByRole('table', { name: 'Users of Northwind Traders' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.slice(0, 2).map((h) => h.textContent)).toEqual(['Name▲', 'Email']);
    expect(headers.slice(0, 2).every((h) => h.classList.contains('frozen'))).toBe(true);
    expect(headers[1]).toHaveStyle({ left: '160px' });

    await userEvent.click(screen.getByRole('button', { name: 'Freeze Role' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Only two columns can be frozen. Unfreeze “Name” and “Email” first to freeze “Role”.',
    );
    const after = within(table).getAllByRole('columnheader');
    expect(after.filter((h) => h.classList.contains('frozen')).map((h) => h.textContent)).toEqual([
      'Name▲',
      'Email',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Unfreeze Name' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Freeze Role' }));
    expect(
      within(table)
        .getAllByRole('columnheader')
        .filter((h) => h.classList.contains('frozen'))
        .map((h) => h.textContent),
    ).toEqual(['Email', 'Role']);
  });

  it('opens a user page and comes back to the account as it was left', async () => {
    await renderAccountPanel();
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Filter by activity' }),
      'Active in the window',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Bob Stone' }));
    expect(await screen.findByRole('article', { name: 'User page' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Bob Stone' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Back to the account/ }));
    expect(await screen.findByRole('heading', { name: 'Northwind Traders' })).toBeInTheDocument();
    expect(await screen.findByText('Showing 3 of 6 users')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Filter by activity' })).toHaveValue('active');
  });

  it('lists notes of the account and of its users, and writes a new account note', async () => {
    await getDb().notes.bulkPut([
      {
        id: 'n-user',
        userId: 'u-bob',
        title: 'Bob wants SSO',
        body: 'Asked on the call',
        type: 'Call',
        createdAt: '2026-11-01T10:00:00Z',
        updatedAt: '2026-11-01T10:00:00Z',
      },
      {
        id: 'n-other',
        userId: 'u-olga',
        title: 'Not this account',
        body: '',
        type: 'Call',
        createdAt: '2026-11-02T10:00:00Z',
        updatedAt: '2026-11-02T10:00:00Z',
      },
    ]);
    await renderAccountPanel();
    await userEvent.click(await screen.findByRole('tab', { name: 'Notes' }));
    const list = await screen.findByRole('list', { name: 'Account notes' });
    expect(within(list).getByText('Bob wants SSO')).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: 'Bob Stone' })).toBeInTheDocument();
    expect(within(list).queryByText('Not this account')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'New note' }));
    const form = screen.getByRole('form', { name: 'New note' });
    await userEvent.type(within(form).getByLabelText('Title'), 'Renewal in March');
    await userEvent.type(within(form).getByLabelText('Note'), 'Budget approved');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Account notes' })).getByText('Renewal in March'),
      ).toBeInTheDocument(),
    );
    const saved = await getDb().notes.where('accountId').equals(ACCOUNT_ID).toArray();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ title: 'Renewal in March', body: 'Budget approved' });
    expect(saved[0]?.userId).toBeUndefined();
    const outbox = await listOutbox();
    expect(outbox.map((o) => [o.kind, o.entityId])).toEqual([['note.put', saved[0]?.id]]);
  });

  it('shows the 90-day active users summary and the news feed with its filter', async () => {
    await renderAccountPanel();
    expect(
      await screen.findByText('3 people active in the last 30 days; 2 today.'),
    ).toBeInTheDocument();
    const legend = screen.getByRole('list', { name: 'Chart legend' });
    expect(within(legend).getByText('Active in the last 30 days')).toBeInTheDocument();
    expect(within(legend).getByText('Active that day')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'News' }));
    const feed = await screen.findByRole('list', { name: 'Account news' });
    // Today: Ada (10 events) and Cara (1) — summed for the account.
    expect(within(feed).getByText('11 events by 2 users')).toBeInTheDocument();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Show in account feed' }),
      'Notes',
    );
    expect(await screen.findByText('Nothing in the last 30 days')).toBeInTheDocument();
  });

  it('says so when the account is not in the local copy', async () => {
    await getDb().accounts.delete(ACCOUNT_ID);
    await renderAccountPanel();
    expect(
      await screen.findByText('This account is not in the local copy of the workspace'),
    ).toBeInTheDocument();
  });
});
