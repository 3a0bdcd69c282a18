import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { viewKey } from '@/lib/db/home-records';
import { usePanelStore } from '@/lib/panel/panel-store';
import {
  contactDetection,
  daysAgo,
  freshDb,
  renderPanel,
  seedWorkspace,
} from '../side-panel/panel-fixture';
import { changeRow, storeChanges } from './home-fixture';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const note = (id: string, author: string, createdAt: string, userId = 'u-ada') => ({
  id,
  userId,
  title: `Note ${id}`,
  body: 'Body',
  type: 'Call',
  author,
  createdAt,
  updatedAt: createdAt,
});

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
  const db = getDb();
  await db.meta.put({ key: 'whoami', value: { user: { name: 'Rita Rep', email: 'rita@x.io' } } });
  await db.enrollments.bulkPut([
    {
      id: 'e-old',
      cadenceId: 'c-qbr',
      userId: 'u-ada',
      createdAt: hoursAgo(400),
      status: 'completed',
    },
    {
      id: 'e-done',
      cadenceId: 'c-onb',
      userId: 'u-ada',
      createdAt: hoursAgo(300),
      status: 'completed',
    },
    { id: 'e-new', cadenceId: 'c-team', userId: 'u-ada', createdAt: hoursAgo(5), status: 'active' },
  ]);
  await db.notes.bulkPut([
    note('before', 'Grace Hopper', hoursAgo(100)),
    note('theirs', 'Grace Hopper', hoursAgo(10)),
    note('mine', 'Rita Rep', hoursAgo(9)),
  ]);
  await db.typeChanges.clear();
  await storeChanges(
    changeRow(
      { userId: 'u-ada', accountId: 'acc-1', kind: 'power', day: daysAgo(1) },
      { recordedAt: hoursAgo(20) },
    ),
    changeRow(
      { userId: 'u-ada', accountId: 'acc-1', kind: 'influencer', day: daysAgo(9) },
      { recordedAt: hoursAgo(200) },
    ),
  );
  // The rep last opened Ada's page two days ago; e-old had finished by then, e-done had not.
  await db.views.put({
    key: viewKey('user', 'u-ada'),
    kind: 'user',
    id: 'u-ada',
    viewedAt: hoursAgo(48),
    finished: ['e-old'],
  });
});

describe('since you last looked', () => {
  it('marks type changes, notes by others and enrolments since the last visit, once', async () => {
    const { unmount } = await renderPanel(contactDetection(7));
    const card = await screen.findByRole('region', { name: 'Since you last looked' });
    const items = await within(card).findAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'NewAdded to the cadence Renewal nurture',
      'NewNew note by Grace Hopper: Note theirs',
      'NewBecame a power user',
      'NewFinished the cadence Onboarding follow-up',
    ]);
    expect(card).not.toHaveTextContent('Note mine'); // the rep's own note is not news to them
    expect(card).not.toHaveTextContent('Became an influencer'); // seen before the last visit
    unmount();

    // Seen now: the next visit has nothing new to mark.
    usePanelStore.setState({ opened: [] });
    await renderPanel(contactDetection(7));
    await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
    await screen.findByRole('heading', { name: 'Notes' });
    expect(screen.queryByRole('region', { name: 'Since you last looked' })).not.toBeInTheDocument();
  });

  it('shows nothing on a first visit, and marks changes on the account page', async () => {
    const db = getDb();
    await db.views.clear();
    const { unmount } = await renderPanel(contactDetection(7));
    await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
    await screen.findByRole('heading', { name: 'Notes' });
    expect(screen.queryByRole('region', { name: 'Since you last looked' })).not.toBeInTheDocument();
    unmount();

    await db.views.put({
      key: viewKey('account', 'acc-1'),
      kind: 'account',
      id: 'acc-1',
      viewedAt: hoursAgo(30),
    });
    usePanelStore.setState({ opened: [] });
    await renderPanel(undefined, 8); // a tab on no CRM record: the home
    await screen.findByRole('heading', { name: 'What changed' });
    usePanelStore.getState().open({ kind: 'account', accountId: 'acc-1' });
    const card = await screen.findByRole('region', { name: 'Since you last looked' });
    expect(card).toHaveTextContent('Ada Lovelace: Became a power user');
    expect(card).toHaveTextContent('New note by Grace Hopper: Note theirs');
  });
});
