import { getDb } from '../db/database';
import type { UserStats } from '../db/records';
import type { Day } from '../domain/types';
import { dexieQuery } from '../query/dexie-query';

// Query factories for the account view. Each declares the tables it reads so the Dexie bridge
// refreshes it when the background writes them. The account itself: accountQuery (user-queries).

/** The account's users that are not deactivated, with their derived stats by user id. */
export const accountUsersQuery = (accountId: string) =>
  dexieQuery({
    key: ['accounts', accountId, 'users'],
    tables: ['users', 'userStats'],
    fn: async () => {
      const db = getDb();
      return db.transaction('r', db.users, db.userStats, async () => {
        const [all, indexed] = await Promise.all([
          db.users.where('accountId').equals(accountId).toArray(),
          db.userStats.where('accountId').equals(accountId).toArray(),
        ]);
        const users = all.filter((u) => !u.deactivated);
        const stats = new Map<string, UserStats>(indexed.map((s) => [s.userId, s]));
        // One index read is fast at 5,000 users (one get per user is not); the few users whose
        // stats still name their previous account are fetched by id.
        const missing = users.filter((u) => !stats.has(u.id)).map((u) => u.id);
        if (missing.length) {
          for (const s of await db.userStats.bulkGet(missing)) if (s) stats.set(s.userId, s);
        }
        return { users, stats };
      });
    },
  });

/**
 * Daily rollups of the account's users from `from` on. A small account reads one index range
 * per user (only its own rows, however large the workspace); an account holding a large share
 * of the workspace reads the day range once and keeps its users' rows, which is far fewer
 * requests than thousands of small ranges.
 */
export const accountActivityQuery = (accountId: string, from: Day) =>
  dexieQuery({
    key: ['accounts', accountId, 'activityDays', from],
    tables: ['users', 'activityDays'],
    fn: async () => {
      const db = getDb();
      return db.transaction('r', db.users, db.activityDays, async () => {
        const [members, workspaceUsers] = await Promise.all([
          db.users.where('accountId').equals(accountId).toArray(),
          db.users.count(),
        ]);
        const ids = members.filter((u) => !u.deactivated).map((u) => u.id);
        if (ids.length * 4 >= workspaceUsers) {
          const mine = new Set(ids);
          const rows = await db.activityDays.where('day').aboveOrEqual(from).toArray();
          return rows.filter((r) => mine.has(r.userId));
        }
        const lists = await Promise.all(
          ids.map((id) =>
            db.activityDays
              .where('[userId+day]')
              .between([id, from], [id, '\uffff'], true, true)
              .toArray(),
          ),
        );
        return lists.flat();
      });
    },
  });

/** Notes on the account and on any of its users' pages, newest first. */
export const accountNotesQuery = (accountId: string) =>
  dexieQuery({
    key: ['notes', 'account', accountId],
    tables: ['users', 'notes'],
    fn: async () => {
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
  });

/** Cadence enrolments of the account's users, newest first (for the news feed). */
export const accountEnrollmentsQuery = (accountId: string) =>
  dexieQuery({
    key: ['enrollments', 'account', accountId],
    tables: ['users', 'enrollments'],
    fn: async () => {
      const db = getDb();
      return db.transaction('r', db.users, db.enrollments, async () => {
        const userIds = await db.users.where('accountId').equals(accountId).primaryKeys();
        const rows = userIds.length
          ? await db.enrollments.where('userId').anyOf(userIds).toArray()
          : [];
        return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      });
    },
  });

/** Ids of the account's users the extension has itself seen as CRM contacts (Influencer rule). */
export const accountSightingsQuery = (accountId: string) =>
  dexieQuery({
    key: ['crmSightings', 'account', accountId],
    tables: ['users', 'crmSightings'],
    fn: async () => {
      const db = getDb();
      return db.transaction('r', db.users, db.crmSightings, async () => {
        const userIds = await db.users.where('accountId').equals(accountId).primaryKeys();
        const rows = await db.crmSightings.bulkGet(userIds);
        return new Set(rows.flatMap((r) => (r ? [r.userId] : [])));
      });
    },
  });

/** Accounts by id (name-based suggestions for an unmatched company page), in the order asked. */
export const accountsByIdsQuery = (ids: readonly string[]) =>
  dexieQuery({
    key: ['accounts', 'byIds', ...ids],
    tables: ['accounts'],
    fn: async () => {
      const rows = await getDb().accounts.bulkGet([...ids]);
      return rows.filter((a) => a !== undefined);
    },
  });
