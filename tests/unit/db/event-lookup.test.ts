// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { readStoredEvents } from '@/lib/db/event-lookup';
import type { ActivityEvent } from '@/lib/domain/types';
import { freshDb } from '../sync/sync-test-kit';

// An incremental page is mostly new events: which of its ids are stored is read keys-only over
// their range when that range is narrow, and each id is read only when it is not.

const ev = (id: string): ActivityEvent => ({
  id,
  userId: 'u1',
  ts: '2026-03-19T10:00:00Z',
  name: 'login',
});
const pad = (n: number) => `e${String(n).padStart(6, '0')}`;

beforeEach(async () => {
  freshDb();
  // 2,000 stored events, e000000…e001999.
  await getDb().events.bulkPut(Array.from({ length: 2000 }, (_, i) => ev(pad(i))));
});

const ids = async (asked: string[]) => [...(await readStoredEvents(asked)).keys()].sort();

describe('readStoredEvents', () => {
  it('finds the stored ones among new ids in sequence (a narrow range)', async () => {
    const asked = [pad(1998), pad(1999), ...Array.from({ length: 50 }, (_, i) => pad(2000 + i))];
    expect(await ids(asked)).toEqual([pad(1998), pad(1999)]);
    const row = (await readStoredEvents([pad(1999)])).get(pad(1999));
    expect(row).toEqual(ev(pad(1999)));
  });

  it('finds them when the ids are spread over the whole table (a wide range)', async () => {
    const asked = [pad(0), 'e-new-1', pad(1000), pad(1999), 'zzz-new', '0-new'];
    expect(await ids(asked)).toEqual([pad(0), pad(1000), pad(1999)]);
  });

  it('answers nothing for nothing, and each id once when a page repeats it', async () => {
    expect((await readStoredEvents([])).size).toBe(0);
    expect(await ids([pad(5), pad(5), 'e-new'])).toEqual([pad(5)]);
  });
});
