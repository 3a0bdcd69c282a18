import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderAccountPanel, seedAccount, stubTableViewport } from './account-fixture';

stubTableViewport();

beforeEach(async () => {
  freshDb();
  await seedAccount();
});

const tableNames = () =>
  within(screen.getByRole('table', { name: 'Users of Northwind Traders' }))
    .queryAllByRole('button')
    .filter((b) => b.classList.contains('row-open'))
    .map((b) => b.textContent);

describe('filtering an account’s users by type', () => {
  it('has a type filter beside the others', async () => {
    await renderAccountPanel();
    const type = await screen.findByRole('combobox', { name: 'Filter by type' });
    await userEvent.selectOptions(type, 'Zombie');
    expect(tableNames()).toEqual(['Eve Moss', 'Fay Quinn']);
    expect(screen.getByText('Showing 2 of 6 users')).toBeInTheDocument();
    await userEvent.selectOptions(type, 'Active');
    expect(tableNames()).toEqual(['Ada Lovelace', 'Bob Stone', 'Cara Diaz']);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(type).toHaveValue('all');
    expect(tableNames()).toHaveLength(6);
  });

  it('a type tile filters the table by its type, and pressing it again shows everyone', async () => {
    await renderAccountPanel();
    const tiles = await screen.findByRole('list', { name: 'Users by type' });
    // From another tab too: the tile brings the users table back.
    await userEvent.click(screen.getByRole('tab', { name: 'Notes' }));
    // Its accessible name starts with the words it shows (what a speech-input user says).
    const inactive = within(tiles).getByRole('button', { name: /^1 Inactive\b.*show them/ });
    await userEvent.click(inactive);
    expect(screen.getByRole('tab', { name: 'Users' })).toHaveAttribute('aria-selected', 'true');
    expect(tableNames()).toEqual(['Dan Ortiz']);
    expect(inactive).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('combobox', { name: 'Filter by type' })).toHaveValue('inactive');
    await userEvent.click(inactive);
    expect(inactive).toHaveAttribute('aria-pressed', 'false');
    expect(tableNames()).toHaveLength(6);
  });
});
