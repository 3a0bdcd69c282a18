import { getDb } from '../db/database';
import { dexieQuery } from '../query/dexie-query';

// Query factories over Dexie for one user's page. Each declares the tables it reads so the
// Dexie bridge refreshes exactly the queries a write touches. `null` stands for "none"
// because TanStack Query does not allow undefined results.

export const userQuery = (userId: string) =>
  dexieQuery({
    key: ['users', userId],
    tables: ['users'],
    fn: async () => (await getDb().users.get(userId)) ?? null,
  });

export const userStatsQuery = (userId: string) =>
  dexieQuery({
    key: ['userStats', userId],
    tables: ['userStats'],
    fn: async () => (await getDb().userStats.get(userId)) ?? null,
  });

/** The user's daily rollups, oldest first. */
export const activityDaysQuery = (userId: string) =>
  dexieQuery({
    key: ['activityDays', userId],
    tables: ['activityDays'],
    fn: () =>
      getDb()
        .activityDays.where('[userId+day]')
        .between([userId, ''], [userId, '\uffff'])
        .toArray(),
  });

/** Notes about the user, newest first. */
export const userNotesQuery = (userId: string) =>
  dexieQuery({
    key: ['notes', 'user', userId],
    tables: ['notes'],
    fn: async () => {
      const notes = await getDb().notes.where('userId').equals(userId).toArray();
      return notes.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
  });

export const userEnrollmentsQuery = (userId: string) =>
  dexieQuery({
    key: ['enrollments', 'user', userId],
    tables: ['enrollments'],
    fn: async () => {
      const rows = await getDb().enrollments.where('userId').equals(userId).toArray();
      return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    },
  });

export const accountQuery = (accountId: string) =>
  dexieQuery({
    key: ['accounts', accountId],
    tables: ['accounts'],
    fn: async () => (await getDb().accounts.get(accountId)) ?? null,
  });

/** Whether the extension has itself seen this user as a CRM contact (counts for Influencer). */
export const crmSightingQuery = (userId: string) =>
  dexieQuery({
    key: ['crmSightings', userId],
    tables: ['crmSightings'],
    fn: async () => (await getDb().crmSightings.get(userId)) ?? null,
  });

/** Several users by id (for possible matches), in the order asked, skipping unknown ids. */
export const usersByIdsQuery = (ids: string[]) =>
  dexieQuery({
    key: ['users', 'byIds', ...ids],
    tables: ['users'],
    fn: async () => {
      const rows = await getDb().users.bulkGet(ids);
      return rows.filter((u): u is NonNullable<typeof u> => u !== undefined && !u.deactivated);
    },
  });
