import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { toStoredAccount, toStoredUser } from '@/lib/db/stored-keys';
import { searchTokens, searchUsers } from '@/lib/panel/search-users';

const FIRST = [
  'Ada',
  'Alan',
  'Grace',
  'Linus',
  'Barbara',
  'Ken',
  'Edsger',
  'Donald',
  'Frances',
  'John',
];
const LAST = [
  'Lovelace',
  'Turing',
  'Hopper',
  'Torvalds',
  'Liskov',
  'Thompson',
  'Dijkstra',
  'Knuth',
  'Allen',
  'Backus',
];

// 20,000 users, as in the performance budget; written once for the file.
beforeAll(async () => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  const users = Array.from({ length: 20_000 }, (_, i) =>
    toStoredUser({
      id: `u${i}`,
      firstName: `${FIRST[i % 10]}${i === 0 ? '' : i}`,
      lastName: LAST[Math.floor(i / 10) % 10],
      email: `user${i}@corp${i % 7}.example`,
      phone: `+1 555 ${String(i).padStart(5, '0')}`,
      createdAt: '2026-01-01T00:00:00Z',
      deactivated: i === 1,
    }),
  );
  await getDb().users.bulkPut(users);
  await getDb().accounts.bulkPut([
    toStoredAccount({
      id: 'a-nw',
      name: 'Northwind Traders',
      domain: 'https://www.northwind.example',
    }),
    toStoredAccount({ id: 'a-ct', name: 'Contoso', domain: 'contoso.example' }),
  ]);
  await getDb().users.bulkPut([
    toStoredUser({
      id: 'nw1',
      firstName: 'Jane',
      lastName: 'Roe',
      email: 'jane@gmail.example',
      phone: '+1 (555) 867-5309',
      accountId: 'a-nw',
      createdAt: '2026-01-01T00:00:00Z',
    }),
    toStoredUser({
      id: 'nw2',
      firstName: 'Jo',
      lastName: 'Poe',
      email: 'jo@northwind.example',
      createdAt: '2026-01-01T00:00:00Z',
    }),
    toStoredUser({
      id: 'ct1',
      firstName: 'Jane',
      lastName: 'Doe',
      email: 'jane@contoso.example',
      phone: '020 7946 0958',
      accountId: 'a-ct',
      createdAt: '2026-01-01T00:00:00Z',
    }),
  ]);
}, 60_000);

describe('searchTokens', () => {
  it('lower-cases words and reduces phone numbers to digits', () => {
    expect(searchTokens('  Ada  LOVELACE ')).toEqual(['ada', 'lovelace']);
    expect(searchTokens('+1 (555) 000-12')).toEqual(['155500012']);
    expect(searchTokens('   ')).toEqual([]);
  });
});

describe('searchUsers over 20,000 users', () => {
  it('finds by first name, last name, email and phone prefix', async () => {
    expect((await searchUsers('ada')).map((u) => u.id)).toContain('u0');
    expect((await searchUsers('user12345@')).map((u) => u.id)).toEqual(['u12345']);
    expect((await searchUsers('+1 555 12345')).map((u) => u.id)).toEqual(['u12345']);
    const both = await searchUsers('alan11 turing');
    expect(both.map((u) => u.id)).toContain('u11');
    for (const u of both) {
      expect(u.firstName?.toLowerCase().startsWith('alan11')).toBe(true);
      expect(u.lastName).toBe('Turing');
    }
    expect((await searchUsers('alan11 hopper')).map((u) => u.id)).not.toContain('u11');
    expect(await searchUsers('alan11 zzz')).toEqual([]);
  });

  it('finds people by company name or email domain, and a phone by its digits in any format', async () => {
    const ids = async (q: string) => (await searchUsers(q)).map((u) => u.id).sort();
    // nw1 through their account's name, nw2 through their email's domain.
    expect(await ids('northwind')).toEqual(['nw1', 'nw2']);
    expect(await ids('Traders')).toEqual(['nw1']);
    expect(await ids('jane northwind')).toEqual(['nw1']);
    expect(await ids('contoso jane')).toEqual(['ct1']);
    expect(await ids('jane contoso.example')).toEqual(['ct1']);
    for (const phone of ['867 5309', '(555) 867-5309', '+1 555 867 5309', '5558675309', '86753'])
      expect(await ids(phone)).toEqual(['nw1']);
    expect(await ids('7946 0958')).toEqual(['ct1']);
    expect(await ids('northwind zzz')).toEqual([]);
  });

  it('stops a search whose signal was aborted (a newer keystroke replaced it)', async () => {
    const stale = new AbortController();
    stale.abort(new Error('stale'));
    await expect(searchUsers('grace', 20, { signal: stale.signal })).rejects.toThrow('stale');
  });

  it('lists a person once when several of their keys start with the text', async () => {
    // Jane's first name and email both start with "jane": the index yields her row twice.
    expect((await searchUsers('jane')).map((u) => u.id).sort()).toEqual(['ct1', 'nw1']);
  });

  it('never lists deactivated users and caps the result list', async () => {
    expect((await searchUsers('user1@')).map((u) => u.id)).toEqual([]);
    expect(await searchUsers('lovelace', 20)).toHaveLength(20);
  });

  it('answers fast through the index', async () => {
    await searchUsers('grace');
    const start = performance.now();
    for (const q of ['grace', 'knuth', 'user1999', '+1 555 0777', 'zzz']) await searchUsers(q);
    // fake-indexeddb is far slower than Chromium's; this still fails on a full scan.
    expect((performance.now() - start) / 5).toBeLessThan(150);
  });
});
