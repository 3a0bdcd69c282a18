import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { userNotesQuery, userQuery } from '@/lib/panel/user-queries';
import { bridgeDexieToQuery, tablesOf } from '@/lib/query/dexie-query-bridge';

beforeEach(() => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
});

describe('tablesOf', () => {
  it('reads table names of this database only', () => {
    const parts = {
      'idb://db1/users/': {},
      'idb://db1/users/emailKey': {},
      'idb://db1/notes/:dels': {},
      'idb://db2/outbox/': {},
    };
    expect([...tablesOf(parts, 'db1')].sort()).toEqual(['notes', 'users']);
  });
});

describe('the Dexie → Query bridge', () => {
  it('refreshes the queries of a written table and leaves the others alone', async () => {
    const client = new QueryClient({
      defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } },
    });
    const stop = bridgeDexieToQuery(client, () => getDb().name);
    const db = getDb();
    await db.users.put({
      id: 'u1',
      firstName: 'Ada',
      createdAt: '2026-01-01T00:00:00Z',
      crmKeys: [],
      searchKeys: [],
    });
    await client.fetchQuery(userQuery('u1'));
    await client.fetchQuery(userNotesQuery('u1'));
    // Observed queries are refetched when invalidated, as in the mounted panel.
    const unsubs = [
      new QueryObserver(client, userQuery('u1')).subscribe(() => {}),
      new QueryObserver(client, userNotesQuery('u1')).subscribe(() => {}),
    ];
    expect(client.getQueryData(userQuery('u1').queryKey)?.firstName).toBe('Ada');
    const notesUpdatedAt = client.getQueryState(userNotesQuery('u1').queryKey)?.dataUpdatedAt;

    await db.users.update('u1', { firstName: 'Augusta' });
    await expect
      .poll(() => client.getQueryData(userQuery('u1').queryKey)?.firstName)
      .toBe('Augusta');
    expect(client.getQueryState(userNotesQuery('u1').queryKey)?.isInvalidated).toBe(false);
    expect(client.getQueryState(userNotesQuery('u1').queryKey)?.dataUpdatedAt).toBe(notesUpdatedAt);

    stop();
    await db.users.update('u1', { firstName: 'Ada' });
    await new Promise((r) => setTimeout(r, 50));
    expect(client.getQueryState(userQuery('u1').queryKey)?.isInvalidated).toBe(false);
    for (const u of unsubs) u();
  });
});
