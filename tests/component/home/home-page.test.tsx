import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { changePeopleQuery, homeChangesQuery } from '@/lib/panel/home-queries';
import { createLocalQueryClient } from '@/lib/query/query-client';
import { workspaceRow } from '../../support/workspace-row';
import {
  contactDetection,
  daysAgo,
  freshDb,
  renderPanel,
  seedWorkspace,
  TODAY,
} from '../side-panel/panel-fixture';
import { changeRow, storeChanges } from './home-fixture';

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
  // The seed's own sync stored what it found (Ada's and Bob's milestones): start from known rows.
  await getDb().typeChanges.clear();
  await storeChanges(
    changeRow({
      userId: 'u-bob',
      accountId: 'acc-1',
      kind: 'inactive',
      day: daysAgo(3),
      before: ['influencer'],
    }),
    changeRow({ userId: 'u-zoe', kind: 'zombie', day: daysAgo(10) }),
    changeRow({ userId: 'u-ada', accountId: 'acc-1', kind: 'power', day: daysAgo(20) }),
    changeRow(
      { userId: 'u-ada', accountId: 'acc-1', kind: 'influencer', day: daysAgo(1) },
      { live: 0 },
    ),
  );
});

const changesCard = async () =>
  (await screen.findByRole('heading', { name: 'What changed' })).closest('section') as HTMLElement;

describe('the panel home', () => {
  it('lists the last 7 days of type changes by account, with badges and one line of why', async () => {
    await renderPanel();
    const card = await changesCard();
    const group = await within(card).findByRole('region', { name: 'Northwind Traders' });
    expect(within(group).getByRole('button', { name: 'Bob Stone' })).toBeInTheDocument();
    expect(within(group).getByText(/Became inactive/)).toBeInTheDocument();
    expect(
      within(group).getByText('No activity in the last 30 days; was an influencer.'),
    ).toBeInTheDocument();
    expect(within(group).getByText('Inactive')).toBeInTheDocument(); // type badge now
    // Outside the week, or no longer holding: not listed.
    expect(within(card).queryByText('Zoe Quinn')).not.toBeInTheDocument();
    expect(within(card).queryByText('Ada Lovelace')).not.toBeInTheDocument();
  });

  it('widens to 30 days, newest first, and filters by kind of change (new zombies)', async () => {
    const user = userEvent.setup();
    await renderPanel();
    const card = await changesCard();
    await user.click(within(card).getByRole('button', { name: '30 days' }));
    const names = await within(card).findAllByRole('button', { name: /Bob|Zoe|Ada/ });
    expect(names.map((b) => b.textContent)).toEqual(['Bob Stone', 'Ada Lovelace', 'Zoe Quinn']);
    await user.selectOptions(within(card).getByLabelText('Kind of change'), 'New zombie');
    await waitFor(() => expect(within(card).queryByText('Bob Stone')).not.toBeInTheDocument());
    expect(within(card).getByRole('region', { name: 'No account' })).toHaveTextContent('Zoe Quinn');
    expect(
      within(card).getByText('Account created and never used the product.'),
    ).toBeInTheDocument();
  });

  it('opens the user page from a change, and the Home button comes back', async () => {
    const user = userEvent.setup();
    await renderPanel();
    await user.click(await within(await changesCard()).findByRole('button', { name: 'Bob Stone' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bob Stone' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Home/ }));
    expect(await screen.findByRole('heading', { name: 'What changed' })).toBeInTheDocument();
  });

  it('is read in the background while the panel shows a person: Home paints the list at once', async () => {
    const client = createLocalQueryClient();
    await renderPanel(contactDetection(7), 7, client);
    await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
    expect(client.getQueryData(homeChangesQuery(TODAY, 7).queryKey)).toBeUndefined();
    // Once the panel is idle, the week's changes and the people of the first page are read.
    await waitFor(() =>
      expect(client.getQueryData(changePeopleQuery(['u-bob'], ['acc-1']).queryKey)).toBeDefined(),
    );
    fireEvent.click(screen.getByRole('button', { name: /Home/ }));
    // No waiting: the list is on screen in the first render of the home.
    const card = screen.getByRole('heading', { name: 'What changed' }).closest('section');
    expect(
      within(card as HTMLElement).getByRole('region', { name: 'Northwind Traders' }),
    ).toHaveTextContent('Bob Stone');
  });

  it('says so when nothing changed in the period', async () => {
    await getDb().typeChanges.clear();
    await renderPanel();
    expect(
      await within(await changesCard()).findByText('No type changes in the last 7 days.'),
    ).toBeInTheDocument();
  });

  it('in demo mode offers people and an account to open, and a way to connect real data', async () => {
    const user = userEvent.setup();
    await getDb().workspace.clear();
    await getDb().workspace.put(workspaceRow({ id: 'demo', activityGranularity: 'day' }));
    await renderPanel();
    const demo = await screen.findByRole('region', { name: 'Try the demo' });
    await within(demo).findByRole('button', { name: 'Ada Lovelace' });
    expect(demo).toHaveTextContent('Ada Lovelace, Power user');
    expect(within(demo).getByRole('button', { name: 'Connect your data →' })).toBeInTheDocument();
    await user.click(within(demo).getByRole('button', { name: 'Northwind Traders' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Northwind Traders' }),
    ).toBeInTheDocument();
  });

  it('shows 40 people first, then the rest on demand, keeping the rows already shown', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 45 }, (_, i) =>
      changeRow({ userId: `u-many-${i}`, kind: 'inactive', day: daysAgo(2) }),
    );
    await storeChanges(...many);
    await renderPanel();
    const card = await changesCard();
    const more = await within(card).findByRole('button', { name: 'Show more (6 left)' });
    const rows = () => card.querySelectorAll('.change-row').length;
    expect(rows()).toBe(40);
    await user.click(more);
    await waitFor(() => expect(rows()).toBe(46));
    expect(within(card).queryByRole('button', { name: /Show more/ })).not.toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Bob Stone' })).toBeInTheDocument();
  });
});
