import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { dexieQuery } from '@/lib/query/dexie-query';
import { bridgeDexieToQuery } from '@/lib/query/dexie-query-bridge';

beforeEach(() => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
});

const roleCount = () =>
  dexieQuery({ key: ['roles', 'count'], tables: ['roles'], fn: () => getDb().roles.count() });

describe('dexieQuery', () => {
  it('takes table names of the database only', () => {
    const typo = () =>
      // @ts-expect-error 'role' is not a table of UserPageDB (it is 'roles')
      dexieQuery({ key: ['typo'], tables: ['role'], fn: () => getDb().roles.count() });
    expect(typo().meta).toEqual({ tables: ['role'] });
    expect(roleCount().meta).toEqual({ tables: ['roles'] });
  });

  it('is refreshed by the bridge when one of its tables is written', async () => {
    const client = new QueryClient({
      defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } },
    });
    const stop = bridgeDexieToQuery(client, () => getDb().name);
    const unsubscribe = new QueryObserver(client, roleCount()).subscribe(() => {});
    await expect.poll(() => client.getQueryData(roleCount().queryKey)).toBe(0);

    await getDb().roles.put({ id: 'r1', name: 'Champion' });
    await expect.poll(() => client.getQueryData(roleCount().queryKey)).toBe(1);

    unsubscribe();
    stop();
  });
});
