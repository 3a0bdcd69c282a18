import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { readEventNames } from '@/lib/options/read-event-names';

const now = new Date('2026-11-20T12:00:00Z');

beforeEach(() => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
});

describe('readEventNames', () => {
  it('collects distinct names from recent rollups, sorted', async () => {
    await getDb().activityDays.bulkPut([
      {
        userId: 'u1',
        day: '2026-11-19',
        events: 3,
        logins: 1,
        durationSec: 0,
        names: { login: 1, report_viewed: 2 },
      },
      {
        userId: 'u2',
        day: '2026-11-01',
        events: 1,
        logins: 0,
        durationSec: 0,
        names: { export_created: 1 },
      },
      // Older than the look-back: not read.
      {
        userId: 'u2',
        day: '2025-01-01',
        events: 1,
        logins: 0,
        durationSec: 0,
        names: { ancient: 1 },
      },
    ]);
    expect(await readEventNames(now)).toEqual(['export_created', 'login', 'report_viewed']);
  });

  it('falls back to raw events when rollups carry no names', async () => {
    await getDb().activityDays.put({
      userId: 'u1',
      day: '2026-11-19',
      events: 2,
      logins: 1,
      durationSec: 0,
    });
    await getDb().events.bulkPut([
      { id: 'e1', userId: 'u1', ts: '2026-11-19T09:00:00Z', name: 'login' },
      { id: 'e2', userId: 'u1', ts: '2026-11-19T09:05:00Z', name: 'dashboard_opened' },
      { id: 'e3', userId: 'u1', ts: '2026-11-19T09:06:00Z', name: 'login' },
    ]);
    expect(await readEventNames(now)).toEqual(['dashboard_opened', 'login']);
  });

  it('is empty for an empty workspace', async () => {
    expect(await readEventNames(now)).toEqual([]);
  });
});
