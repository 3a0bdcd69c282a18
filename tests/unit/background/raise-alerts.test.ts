import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { raiseAlerts } from '@/lib/background/raise-alerts';
import { registerAlerts } from '@/lib/background/register-alerts';
import { getDb } from '@/lib/db/database';
import { setAlertSettings } from '@/lib/db/home-writes';
import { toStoredAccount, toStoredUser } from '@/lib/db/stored-keys';
import { DEFAULT_ALERT_SETTINGS } from '@/lib/domain/alerts';
import { dispatchNotificationClick } from '@/lib/platform/notifications';
import { PANEL_REQUEST_KEY } from '@/lib/platform/panel-request';
import { changeRow } from '../../component/home/home-fixture';
import { workspaceRow } from '../../support/workspace-row';
import { freshDb } from '../sync/sync-test-kit';

const NOW = new Date('2026-03-20T12:00:00Z');
const create = vi.fn(async (id: string, _options?: unknown) => id);

beforeEach(async () => {
  freshDb();
  create.mockClear();
  fakeBrowser.notifications.create = create as unknown as typeof fakeBrowser.notifications.create;
  const db = getDb();
  await db.workspace.put(workspaceRow());
  await db.accounts.bulkPut([
    toStoredAccount({ id: 'acc', name: 'Northwind', licenses: 10 }),
    toStoredAccount({ id: 'other', name: 'Contoso' }),
  ]);
  await db.users.bulkPut(
    ['ada', 'bob', 'cy', 'di', 'eve'].map((id) =>
      toStoredUser({
        id,
        firstName: id.toUpperCase(),
        accountId: 'acc',
        createdAt: '2025-01-01T00:00:00Z',
      }),
    ),
  );
  await db.pins.put({ accountId: 'acc', pinnedAt: NOW.toISOString() });
  await setAlertSettings({ ...DEFAULT_ALERT_SETTINGS, enabled: true });
});

const quiet = (userId: string, accountId = 'acc') =>
  changeRow(
    { userId, accountId, kind: 'inactive', day: '2026-03-19', before: ['influencer'] },
    { recordedAt: '2026-03-20T11:00:00Z' },
  );

describe('alerts after a sync', () => {
  it('notifies once per change on a pinned account, and a click opens that person', async () => {
    await getDb().typeChanges.bulkPut([quiet('ada'), quiet('bob', 'other')]);
    expect(await raiseAlerts(NOW)).toBe(1);
    expect(create).toHaveBeenCalledTimes(1);
    const [id, options] = create.mock.calls[0] as unknown as [
      string,
      { title: string; message: string },
    ];
    expect(options).toMatchObject({
      title: 'ADA went quiet',
      message: 'Northwind: no activity in the last 30 days.',
    });
    expect(await raiseAlerts(new Date(NOW.getTime() + 60_000))).toBe(0);
    expect(create).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');

    registerAlerts();
    dispatchNotificationClick(id);
    await vi.waitFor(async () => {
      const stored = await fakeBrowser.storage.session.get(PANEL_REQUEST_KEY);
      expect(stored[PANEL_REQUEST_KEY]).toMatchObject({ target: { kind: 'user', userId: 'ada' } });
    });
  });

  it('groups several alerts into one notification, and stays silent when alerts are off', async () => {
    await getDb().typeChanges.bulkPut(['ada', 'bob', 'cy', 'di'].map((u) => quiet(u)));
    await setAlertSettings({ ...DEFAULT_ALERT_SETTINGS, enabled: false });
    expect(await raiseAlerts(NOW)).toBe(0);
    expect(create).not.toHaveBeenCalled();
    // Turned on later: what was already there is not replayed; a new change is.
    await setAlertSettings({ ...DEFAULT_ALERT_SETTINGS, enabled: true });
    expect(await raiseAlerts(new Date(NOW.getTime() + 1000))).toBe(0);
    const later = ['ada', 'bob', 'cy', 'di'].map((u) =>
      changeRow(
        { userId: u, accountId: 'acc', kind: 'power', day: '2026-03-20' },
        { recordedAt: '2026-03-20T13:00:00Z' },
      ),
    );
    await getDb().typeChanges.bulkPut(later);
    expect(await raiseAlerts(new Date('2026-03-20T13:05:00Z'))).toBe(4);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[1]).toMatchObject({
      type: 'list',
      title: '4 changes on your accounts',
    });
  });
});
