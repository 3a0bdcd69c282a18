import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contactDetection, freshDb, renderPanel, seedWorkspace } from './panel-fixture';

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
});

const noMatch = (tabId: number, suggestions: string[] = []) =>
  contactDetection(tabId, {
    person: { emails: ['ada.l@gmail.example'], name: 'Ada L.' },
    match: { suggestions },
  });

describe('panel states', () => {
  it('outside a CRM record: says what to do and still searches', async () => {
    await renderPanel(undefined);
    expect(
      await screen.findByText('Open a contact in your CRM to see their user page'),
    ).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search users' }), 'zoe');
    await userEvent.click(await screen.findByRole('button', { name: /Zoe Quinn/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Zoe Quinn' })).toBeInTheDocument();
  });

  it('no match: names the email, shows possible matches and a search', async () => {
    await renderPanel(noMatch(7, ['u-ada', 'u-old', 'u-missing']));
    expect(
      await screen.findByText('No product user matches ada.l@gmail.example'),
    ).toBeInTheDocument();
    const possible = await screen.findByRole('region', { name: 'Possible matches' });
    // Deactivated and unknown ids are not offered.
    expect(
      within(possible)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['ALAda Lovelaceada@northwind.example · Head of Analytics']);
    await userEvent.click(within(possible).getByRole('button', { name: /Ada Lovelace/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(await screen.findByText(/No product user matches/)).toBeInTheDocument();
  });

  it('search finds users by first name, last name, email and phone, without deactivated ones', async () => {
    await renderPanel(noMatch(7));
    const box = await screen.findByRole('searchbox', { name: 'Search users' });
    const results = async () =>
      within(await screen.findByRole('list', { name: 'Search results' }))
        .getAllByRole('button')
        .map((b) => b.querySelector('.user-list-name')?.textContent);
    for (const [q, expected] of [
      ['ada', ['Ada Lovelace']],
      ['LOVEL', ['Ada Lovelace']],
      ['bob@north', ['Bob Stone']],
      ['+44 20 79', ['Ada Lovelace']],
      ['ada love', ['Ada Lovelace']],
    ] as const) {
      await userEvent.clear(box);
      await userEvent.type(box, q);
      await waitFor(async () => expect(await results()).toEqual(expected));
    }
    await userEvent.clear(box);
    await userEvent.type(box, 'adam');
    expect(await screen.findByText(/No user found for “adam”/)).toBeInTheDocument();
  });

  it('a record without email says so', async () => {
    await renderPanel(
      contactDetection(7, {
        person: { emails: [], name: 'Grace Hopper' },
        noEmail: true,
        match: undefined,
      }),
    );
    expect(await screen.findByText('Grace Hopper has no email on this record')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search users' })).toHaveValue('Grace Hopper');
  });

  it('a deactivated user is shown as such', async () => {
    await renderPanel(contactDetection(7, { match: { userId: 'u-old', suggestions: [] } }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Adam Gone' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('This user is deactivated');
    expect(screen.queryByRole('list', { name: 'User type' })).not.toBeInTheDocument();
  });

  it('follows the tab when the CRM page moves to another person', async () => {
    await renderPanel(noMatch(7));
    await screen.findByText(/No product user matches/);
    await act(() => fakeBrowser.storage.session.set({ 'tab:7': contactDetection(7) }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' }),
    ).toBeInTheDocument();
  });

  it('shows the account view on an account page', async () => {
    await renderPanel(
      contactDetection(7, {
        page: 'account',
        person: undefined,
        match: undefined,
        account: { name: 'Northwind' },
        accountMatch: { accountId: 'acc-1', via: 'domain', suggestions: [] },
      }),
    );
    expect(await screen.findByRole('article', { name: 'Account' })).toBeInTheDocument();
  });
});

describe('a record still rendering', () => {
  it('shows a loading state, neither "no email" nor the previous person', async () => {
    await renderPanel({ ...contactDetection(7, { person: { emails: [] } }), pending: true });
    expect(await screen.findByRole('status', { name: 'Reading the record…' })).toBeInTheDocument();
    expect(screen.queryByText(/no email/i)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });
});
