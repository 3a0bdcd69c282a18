import { queryOptions } from '@tanstack/react-query';
import { getDb } from '../db/database';
import type { TableMeta } from '../query/dexie-query-bridge';

// Query factories over Dexie for one user's page. Each declares the tables it reads (meta) so
// the Dexie bridge refreshes exactly the queries a write touches. `null` stands for "none"
// because TanStack Query does not allow undefined results.

const meta = (...tables: string[]): TableMeta => ({ tables });

export const userQuery = (userId: string) =>
  queryOptions({
    queryKey: ['users', userId],
    queryFn: async () => (await getDb().users.get(userId)) ?? null,
    meta: meta('users'),
  });

export const userStatsQuery = (userId: string) =>
  queryOptions({
    queryKey: ['userStats', userId],
    queryFn: async () => (await getDb().userStats.get(userId)) ?? null,
    meta: meta('userStats'),
  });

/** The user's daily rollups, oldest first. */
export const activityDaysQuery = (userId: string) =>
  queryOptions({
    queryKey: ['activityDays', userId],
    queryFn: () =>
      getDb()
        .activityDays.where('[userId+day]')
        .between([userId, ''], [userId, '\uffff'])
        .toArray(),
    meta: meta('activityDays'),
  });

/** Notes about the user, newest first. */
export const userNotesQuery = (userId: string) =>
  queryOptions({
    queryKey: ['notes', 'user', userId],
    queryFn: async () => {
      const notes = await getDb().notes.where('userId').equals(userId).toArray();
      return notes.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    meta: meta('notes'),
  });

export const userEnrollmentsQuery = (userId: string) =>
  queryOptions({
    queryKey: ['enrollments', 'user', userId],
    queryFn: async () => {
      const rows = await getDb().enrollments.where('userId').equals(userId).toArray();
      return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
    meta: meta('enrollments'),
  });

export const accountQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['accounts', accountId],
    queryFn: async () => (await getDb().accounts.get(accountId)) ?? null,
    meta: meta('accounts'),
  });

/** Whether the extension has itself seen this user as a CRM contact (counts for Influencer). */
export const crmSightingQuery = (userId: string) =>
  queryOptions({
    queryKey: ['crmSightings', userId],
    queryFn: async () => (await getDb().crmSightings.get(userId)) ?? null,
    meta: meta('crmSightings'),
  });

/** Several users by id (for possible matches), in the order asked, skipping unknown ids. */
export const usersByIdsQuery = (ids: string[]) =>
  queryOptions({
    queryKey: ['users', 'byIds', ...ids],
    queryFn: async () => {
      const rows = await getDb().users.bulkGet(ids);
      return rows.filter((u): u is NonNullable<typeof u> => u !== undefined && !u.deactivated);
    },
    meta: meta('users'),
  });
