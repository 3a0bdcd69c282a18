import { getDb } from '../db/database';
import { getAlertSettings } from '../db/home-writes';
import type { StoredAccount, StoredUser, UserStats } from '../db/records';
import type { ChangeRecord } from '../domain/change-records';
import { displayName } from '../domain/display-name';
import { addDays } from '../domain/time';
import { CHANGE_SPAN_DAYS } from '../domain/type-changes';
import type { Day } from '../domain/types';
import { dexieQuery } from '../query/dexie-query';

// home: query factories. Everything reads stored rows by index (type changes by day, stats by
// account), never every user, so the home opens fast at 20,000 users.

/**
 * Live type changes of the last `days` days up to `today`: small rows, read by the `day` index.
 * The home reads the week it shows first; the month (a big workspace has tens of thousands of
 * changes in it) only when the rep picks 30 days or the busiest accounts are suggested.
 */
export const homeChangesQuery = (today: Day, days: number = CHANGE_SPAN_DAYS) =>
  dexieQuery({
    key: ['typeChanges', 'home', today, days],
    tables: ['typeChanges'],
    fn: async (): Promise<ChangeRecord[]> => {
      const from = addDays(today, -(days - 1));
      const records = await getDb()
        .typeChanges.where('day')
        .between(from, today, true, true)
        .toArray();
      return records.filter((r) => r.live === 1);
    },
  });

/** People the home's change list shows before "Show more": quick to paint on a big workspace. */
export const HOME_PAGE_SIZE = 40;

export interface ChangePeople {
  /** The users asked for: one of them missing from `users` is gone from the workspace. */
  asked: Set<string>;
  users: Map<string, StoredUser>;
  accounts: Map<string, StoredAccount>;
  stats: Map<string, UserStats>;
}

/**
 * The people and accounts of the changes on screen only (a page of the list): a big workspace
 * has thousands of changes a month, and reading every changed user would cost seconds.
 */
export const changePeopleQuery = (userIds: readonly string[], accountIds: readonly string[]) =>
  dexieQuery({
    key: ['typeChanges', 'people', userIds, accountIds],
    tables: ['users', 'accounts', 'userStats'],
    fn: async (): Promise<ChangePeople> => {
      const db = getDb();
      const [users, accounts, stats] = await Promise.all([
        db.users.bulkGet([...userIds]),
        db.accounts.bulkGet([...accountIds]),
        db.userStats.bulkGet([...userIds]),
      ]);
      return {
        asked: new Set(userIds),
        users: byKey(users, (u) => u.id),
        accounts: byKey(accounts, (a) => a.id),
        stats: byKey(stats, (s) => s.userId),
      };
    },
  });

export interface PinnedAccount {
  account: StoredAccount;
  active: number;
  power: number;
}

/** Pinned accounts (oldest pin first) with their active and power users against licences. */
export const pinnedAccountsQuery = () =>
  dexieQuery({
    key: ['pins', 'figures'],
    tables: ['pins', 'accounts', 'userStats'],
    fn: async () => {
      // Pins are few and not indexed by date: sorted here.
      const pins = await getDb().pins.toArray();
      pins.sort((a, b) => a.pinnedAt.localeCompare(b.pinnedAt));
      return figuresOf(pins.map((p) => p.accountId));
    },
  });

/** Accounts by id with their figures (suggestions when nothing is pinned). */
export const accountFiguresQuery = (ids: readonly string[]) =>
  dexieQuery({
    key: ['accounts', 'figures', ...ids],
    tables: ['accounts', 'userStats'],
    fn: () => figuresOf([...ids]),
  });

async function figuresOf(ids: string[]): Promise<PinnedAccount[]> {
  const db = getDb();
  const rows = await Promise.all(
    ids.map(async (id) => {
      const [account, stats] = await Promise.all([
        db.accounts.get(id),
        db.userStats.where('accountId').equals(id).toArray(),
      ]);
      if (!account) return undefined;
      return {
        account,
        active: stats.filter((s) => s.types.includes('active')).length,
        power: stats.filter((s) => s.types.includes('power')).length,
      };
    }),
  );
  return rows.filter((r) => r !== undefined);
}

export const isPinnedQuery = (accountId: string) =>
  dexieQuery({
    key: ['pins', accountId],
    tables: ['pins'],
    fn: async () => (await getDb().pins.get(accountId)) !== undefined,
  });

export interface RecentItem {
  kind: 'user' | 'account';
  id: string;
  name: string;
  viewedAt: string;
}

/** The last pages the rep opened, newest first, with names (gone ones left out). */
export const recentQuery = (limit = 8) =>
  dexieQuery({
    key: ['views', 'recent', limit],
    tables: ['views', 'users', 'accounts'],
    fn: async (): Promise<RecentItem[]> => {
      const db = getDb();
      const views = await db.views.orderBy('viewedAt').reverse().limit(limit).toArray();
      const users = await db.users.bulkGet(views.filter((v) => v.kind === 'user').map((v) => v.id));
      const accounts = await db.accounts.bulkGet(
        views.filter((v) => v.kind === 'account').map((v) => v.id),
      );
      const names = new Map<string, string>();
      for (const u of users) if (u) names.set(`user:${u.id}`, displayName(u));
      for (const a of accounts) if (a) names.set(`account:${a.id}`, a.name);
      return views.flatMap((v) => {
        const name = names.get(v.key);
        return name ? [{ kind: v.kind, id: v.id, name, viewedAt: v.viewedAt }] : [];
      });
    },
  });

function byKey<T>(rows: (T | undefined)[], key: (row: T) => string): Map<string, T> {
  const out = new Map<string, T>();
  for (const r of rows) if (r !== undefined) out.set(key(r), r);
  return out;
}

/** Demo mode: a few people worth opening (found by surname) with their types, and their account. */
export const demoPicksQuery = (surnames: readonly string[]) =>
  dexieQuery({
    key: ['users', 'demoPicks', ...surnames],
    tables: ['users', 'userStats', 'accounts'],
    fn: async () => {
      const db = getDb();
      const found = await db.users
        .where('searchKeys')
        .anyOf([...surnames])
        .toArray();
      const users = surnames.flatMap((s) => {
        const u = found.find((f) => f.lastName?.toLowerCase() === s && !f.deactivated);
        return u ? [u] : [];
      });
      const stats = await db.userStats.bulkGet(users.map((u) => u.id));
      const account = users[0]?.accountId ? await db.accounts.get(users[0].accountId) : undefined;
      return {
        people: users.map((u, i) => ({ user: u, types: stats[i]?.types ?? [] })),
        account: account ?? null,
      };
    },
  });

/** Stored type changes of one user, or of an account's users. */
export const changesOfQuery = (kind: 'user' | 'account', id: string) =>
  dexieQuery({
    key: ['typeChanges', kind, id],
    tables: ['typeChanges'],
    fn: () =>
      getDb()
        .typeChanges.where(kind === 'user' ? 'userId' : 'accountId')
        .equals(id)
        .toArray(),
  });

export const alertSettingsQuery = () =>
  dexieQuery({
    key: ['meta', 'alertSettings'],
    tables: ['meta', 'pins'],
    fn: async () => {
      const [settings, pinned] = await Promise.all([getAlertSettings(), getDb().pins.count()]);
      return { settings, pinned };
    },
  });
