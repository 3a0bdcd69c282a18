import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/db/database';
import { toStoredAccount } from '@/lib/db/stored-keys';
import { usePanelStore } from '@/lib/panel/panel-store';
import { daysAgo, freshDb, renderPanel, seedWorkspace } from '../side-panel/panel-fixture';
import { changeRow, storeChanges } from './home-fixture';

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
  await getDb().typeChanges.clear();
  await getDb().accounts.put(
    toStoredAccount({
      id: 'acc-1',
      name: 'Northwind Traders',
      domain: 'northwind.example',
      licenses: 4,
    }),
  );
});

const card = async (title: string) =>
  (await screen.findByRole('heading', { name: title })).closest('section') as HTMLElement;

describe('pins', () => {
  it('with nothing pinned, suggests the accounts with the most changes', async () => {
    await storeChanges(
      changeRow({ userId: 'u-bob', accountId: 'acc-1', kind: 'inactive', day: daysAgo(2) }),
    );
    await renderPanel();
    const mine = await card('My accounts');
    expect(await within(mine).findByText(/Pin an account from its page/)).toBeInTheDocument();
    const suggested = await within(mine).findByRole('list', { name: 'Suggested accounts' });
    expect(suggested).toHaveTextContent('Northwind Traders');
    expect(suggested).toHaveTextContent('1 person changed type this week');
  });

  it('pins an account from its page; the home shows it with its licence bar; the badge counts', async () => {
    const user = userEvent.setup();
    await storeChanges(
      changeRow({ userId: 'u-bob', accountId: 'acc-1', kind: 'inactive', day: daysAgo(1) }),
    );
    await renderPanel();
    usePanelStore.getState().open({ kind: 'account', accountId: 'acc-1' });
    await user.click(await screen.findByRole('button', { name: '☆ Pin to home' }));
    expect(await screen.findByRole('button', { name: '★ Pinned' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // A change first seen after the rep opened the account: unseen, so the toolbar badge counts it.
    await storeChanges(
      changeRow(
        { userId: 'u-bob', accountId: 'acc-1', kind: 'influencer', day: daysAgo(0) },
        { recordedAt: new Date(Date.now() + 1).toISOString() },
      ),
    );
    await user.click(screen.getByRole('button', { name: /Home/ }));
    const pinned = await within(await card('My accounts')).findByRole('list', {
      name: 'Pinned accounts',
    });
    expect(pinned).toHaveTextContent('Northwind Traders');
    // Ada is active and power; 4 licences.
    expect(within(pinned).getByRole('img')).toHaveAccessibleName(
      '1 active and 1 power users of 4 licences',
    );
    expect(pinned).toHaveTextContent('1 person changed type this week');
    await waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    // Opening Bob's page is seeing it: the badge clears.
    await user.click(
      (await screen.findAllByRole('button', { name: 'Bob Stone' }))[0] as HTMLElement,
    );
    await screen.findByRole('heading', { level: 1, name: 'Bob Stone' });
    await waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
    await user.click(screen.getByRole('button', { name: /Home/ }));
    await user.click(
      within(await card('My accounts')).getByRole('button', { name: 'Northwind Traders' }),
    );
    await user.click(await screen.findByRole('button', { name: '★ Pinned' }));
    expect(await screen.findByRole('button', { name: '☆ Pin to home' })).toBeInTheDocument();
    expect(await getDb().pins.count()).toBe(0);
  });
});

describe('recently viewed', () => {
  it('lists the people and accounts opened, newest first, kept across panels', async () => {
    const user = userEvent.setup();
    const { unmount } = await renderPanel();
    expect(
      await within(await card('Recently viewed')).findByText(/People and accounts you open/),
    ).toBeInTheDocument();
    usePanelStore.getState().open({ kind: 'user', userId: 'u-ada' });
    await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
    await user.click(await screen.findByRole('button', { name: 'Northwind Traders' }));
    await screen.findByRole('heading', { level: 1, name: 'Northwind Traders' });
    await screen.findByRole('button', { name: '☆ Pin to home' });
    await waitForViews(2);
    unmount();
    usePanelStore.setState({ opened: [] });
    await renderPanel();
    const recent = await within(await card('Recently viewed')).findByRole('list', {
      name: 'Recently viewed',
    });
    expect(
      within(recent)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Northwind Traders', 'Ada Lovelace']);
    await user.click(within(recent).getByRole('button', { name: 'Ada Lovelace' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' }),
    ).toBeInTheDocument();
  });
});

async function waitForViews(n: number) {
  const deadline = Date.now() + 5000;
  while ((await getDb().views.count()) < n) {
    if (Date.now() > deadline) throw new Error('views were not recorded');
    await new Promise((r) => setTimeout(r, 20));
  }
}
