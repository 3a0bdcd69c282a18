// @vitest-environment node
import Dexie from 'dexie';
import { expect, it } from 'vitest';
import { UserPageDB } from '@/lib/db/database';

it('derives the new search keys for users and accounts stored before them', async () => {
  const name = `test-${crypto.randomUUID()}`;
  const old = new Dexie(name);
  old.version(1).stores({
    accounts: 'id, domainKey, nameKey, *crmKeys',
    users: 'id, emailKey, accountId, roleId, personaId, *crmKeys, *searchKeys',
    userStats: 'userId, accountId',
  });
  await old.table('accounts').put({
    id: 'a1',
    name: 'Northwind Traders',
    domain: 'northwind.example',
    nameKey: 'northwind traders',
    crmKeys: [],
  });
  await old.table('users').put({
    id: 'u1',
    firstName: 'Jane',
    email: 'jane@contoso.example',
    emailKey: 'jane@contoso.example',
    phone: '+1 555 867 5309',
    crmKeys: [],
    searchKeys: ['jane', 'jane@contoso.example', '15558675309'],
    createdAt: '2026-01-01T00:00:00Z',
  });
  old.close();

  const db = new UserPageDB(name);
  expect((await db.users.get('u1'))?.searchKeys).toEqual(
    expect.arrayContaining(['jane', 'contoso.example', '8675309']),
  );
  expect(await db.accounts.where('searchKeys').equals('traders').primaryKeys()).toEqual(['a1']);
  db.close();
});
