import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { toStoredUser } from '@/lib/db/stored-keys';
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
