import { queryOptions } from '@tanstack/react-query';
import { getDb } from '../db/database';
import type { UserStats } from '../db/records';
import type { Day } from '../domain/types';
import type { TableMeta } from './dexie-query-bridge';

// Query factories for the account view. Each declares the tables it reads so the Dexie bridge
// refreshes it when the background writes them. The account itself: accountQuery (user-queries).

const meta = (...tables: string[]): TableMeta => ({ tables });

/** The account's users that are not deactivated, with their derived stats by user id. */
export const accountUsersQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['accounts', accountId, 'users'],
    queryFn: async () => {
      const db = getDb();
      return db.transaction('r', db.users, db.userStats, async () => {
        const users = (await db.users.where('accountId').equals(accountId).toArray()).filter(
          (u) => !u.deactivated,
        );
        // By user id, not by the stats' own accountId, which lags a user who changed account.
        const stats = await db.userStats.bulkGet(users.map((u) => u.id));
        return {
          users,
          stats: new Map<string, UserStats>(stats.flatMap((s) => (s ? [[s.userId, s]] : []))),
        };
      });
    },
    meta: meta('users', 'userStats'),
  });

/**
 * Daily rollups of the account's users from `from` on. One index range per user in a single
 * read transaction: it reads only this account's rows, however large the workspace is.
 */
export const accountActivityQuery = (accountId: string, from: Day) =>
  queryOptions({
    queryKey: ['accounts', accountId, 'activityDays', from],
    queryFn: async () => {
      const db = getDb();
      return db.transaction('r', db.users, db.activityDays, async () => {
        const users = await db.users.where('accountId').equals(accountId).toArray();
        const lists = await Promise.all(
          users
            .filter((u) => !u.deactivated)
            .map((u) =>
              db.activityDays
                .where('[userId+day]')
                .between([u.id, from], [u.id, '\uffff'], true, true)
                .toArray(),
            ),
        );
        return lists.flat();
      });
    },
    meta: meta('users', 'activityDays'),
  });

/** Notes on the account and on any of its users' pages, newest first. */
export const accountNotesQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['notes', 'account', accountId],
    queryFn: async () => {
      const db = getDb();
      return db.transaction('r', db.users, db.notes, async () => {
        const userIds = await db.users.where('accountId').equals(accountId).primaryKeys();
        const [own, ofUsers] = await Promise.all([
          db.notes.where('accountId').equals(accountId).toArray(),
          userIds.length ? db.notes.where('userId').anyOf(userIds).toArray() : [],
        ]);
        const byId = new Map([...own, ...ofUsers].map((n) => [n.id, n]));
        return [...byId.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      });
    },
    meta: meta('users', 'notes'),
  });

/** Cadence enrolments of the account's users, newest first (for the news feed). */
export const accountEnrollmentsQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['enrollments', 'account', accountId],
    queryFn: async () => {
      const db = getDb();
      return db.transaction('r', db.users, db.enrollments, async () => {
        const userIds = await db.users.where('accountId').equals(accountId).primaryKeys();
        const rows = userIds.length
          ? await db.enrollments.where('userId').anyOf(userIds).toArray()
          : [];
        return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      });
    },
    meta: meta('users', 'enrollments'),
  });

/** Ids of the account's users the extension has itself seen as CRM contacts (Influencer rule). */
export const accountSightingsQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['crmSightings', 'account', accountId],
    queryFn: async () => {
      const db = getDb();
      return db.transaction('r', db.users, db.crmSightings, async () => {
        const userIds = await db.users.where('accountId').equals(accountId).primaryKeys();
        const rows = await db.crmSightings.bulkGet(userIds);
        return new Set(rows.flatMap((r) => (r ? [r.userId] : [])));
      });
    },
    meta: meta('users', 'crmSightings'),
  });

/** Accounts by id (name-based suggestions for an unmatched company page), in the order asked. */
export const accountsByIdsQuery = (ids: readonly string[]) =>
  queryOptions({
    queryKey: ['accounts', 'byIds', ...ids],
    queryFn: async () => {
      const rows = await getDb().accounts.bulkGet([...ids]);
      return rows.filter((a) => a !== undefined);
    },
    meta: meta('accounts'),
  });
