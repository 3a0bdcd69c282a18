// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyPage } from '@/lib/db/apply-page';
import { getDb } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import { resetSyncedData } from '@/lib/db/reset-data';
import { readEventNames } from '@/lib/options/read-event-names';
import { freshDb } from '../sync/sync-test-kit';

// The event pickers' list is kept by the sync, page by page, so the settings page never scans
// a million events' rollups (a scan that held the stores the next sync page writes).

const NOW = new Date('2026-03-20T12:00:00Z');
const event = (id: string, name: string) => ({
  type: 'event',
  op: 'upsert',
  data: { id, userId: 'u1', ts: '2026-03-19T10:00:00Z', name },
});
const workspace = { type: 'workspace', op: 'upsert', data: { id: 'w', name: 'W' } };
const user = { type: 'user', op: 'upsert', data: { id: 'u1', createdAt: '2026-01-01T00:00:00Z' } };

beforeEach(() => {
  freshDb();
});

describe('the kept list of event names', () => {
  it('is started by a sync from no cursor and grows with later pages, sorted, each name once', async () => {
    await applyPage(
      { cursor: '1', changes: [workspace, user, event('e1', 'login'), event('e2', 'report')] },
      NOW,
      undefined,
      { catchUp: true },
    );
    expect(await META.eventNames.get()).toEqual(['login', 'report']);
    await applyPage({ cursor: '2', changes: [event('e3', 'export'), event('e4', 'login')] }, NOW);
    expect(await META.eventNames.get()).toEqual(['export', 'login', 'report']);
    expect(await readEventNames(NOW)).toEqual(['export', 'login', 'report']);
  });

  it('names from a "day" workspace rollups count too', async () => {
    await applyPage(
      {
        cursor: '1',
        changes: [
          workspace,
          user,
          {
            type: 'activityDay',
            op: 'upsert',
            data: {
              userId: 'u1',
              day: '2026-03-19',
              events: 2,
              logins: 0,
              durationSec: 0,
              names: { opened_app: 2 },
            },
          },
        ],
      },
      NOW,
      undefined,
      { catchUp: true },
    );
    expect(await META.eventNames.get()).toEqual(['opened_app']);
  });

  it('on a database synced before it was kept, is filled by one scan, then kept by pages', async () => {
    await applyPage({ cursor: '1', changes: [workspace, user, event('e1', 'login')] }, NOW);
    // An incremental page alone cannot tell what else is stored: no partial list.
    expect(await META.eventNames.get()).toBeUndefined();
    expect(await readEventNames(NOW)).toEqual(['login']);
    expect(await META.eventNames.get()).toEqual(['login']);
    await applyPage({ cursor: '2', changes: [event('e2', 'invite_sent')] }, NOW);
    expect(await readEventNames(NOW)).toEqual(['invite_sent', 'login']);
  });

  it('on such a database, keeps a name stored by a page while the one scan runs', async () => {
    await applyPage({ cursor: '1', changes: [workspace, user, event('e1', 'login')] }, NOW);
    const days = getDb().activityDays;
    const where = (index: string) => days.where(index);
    // The scan reads the rollups; the next page is stored after that read, before the list is.
    vi.spyOn(days, 'where').mockImplementationOnce(
      (index) =>
        ({
          aboveOrEqual: (from: string) => ({
            each: async (fn: (row: unknown) => void) => {
              await where(String(index)).aboveOrEqual(from).each(fn);
              await applyPage({ cursor: '2', changes: [event('e2', 'invite_sent')] }, NOW);
            },
          }),
        }) as unknown as ReturnType<typeof days.where>,
    );
    expect(await readEventNames(NOW)).toEqual(['invite_sent', 'login']);
    expect(await META.eventNames.get()).toEqual(['invite_sent', 'login']);
    expect(await META.eventNamesDuringScan.get()).toBeUndefined();
  });

  it('is forgotten with the synced data', async () => {
    await applyPage(
      { cursor: '1', changes: [workspace, user, event('e1', 'login')] },
      NOW,
      undefined,
      { catchUp: true },
    );
    await resetSyncedData('resync');
    expect(await META.eventNames.get()).toBeUndefined();
    expect(await getDb().events.count()).toBe(0);
  });
});
