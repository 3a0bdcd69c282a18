import Dexie, { type EntityTable, type Table } from 'dexie';
import type { ChangeRecord } from '../domain/change-records';
import type { PinRow, ViewRow } from './home-records';
import type {
  ActivityEvent,
  Cadence,
  CrmSighting,
  Enrollment,
  MetaRow,
  Note,
  OutboxItem,
  Persona,
  RejectedRecord,
  Role,
  ShadowRow,
  StoredAccount,
  StoredActivityDay,
  StoredUser,
  ThresholdRow,
  UserStats,
  Workspace,
} from './records';
import { accountSearchKeysOf, searchKeysOf } from './stored-keys';

const DB_NAME = 'user-page';

/**
 * The one database of the extension. The background worker writes synced data; the panel and
 * options page read it directly (same extension origin) and queue their own writes in the
 * outbox through the functions in lib/db. Only queried fields are indexed.
 */
export class UserPageDB extends Dexie {
  workspace!: EntityTable<Workspace, 'id'>;
  accounts!: EntityTable<StoredAccount, 'id'>;
  users!: EntityTable<StoredUser, 'id'>;
  events!: EntityTable<ActivityEvent, 'id'>;
  activityDays!: Table<StoredActivityDay, [string, string]>;
  notes!: EntityTable<Note, 'id'>;
  cadences!: EntityTable<Cadence, 'id'>;
  enrollments!: EntityTable<Enrollment, 'id'>;
  roles!: EntityTable<Role, 'id'>;
  personas!: EntityTable<Persona, 'id'>;
  thresholds!: EntityTable<ThresholdRow, 'day'>;
  userStats!: EntityTable<UserStats, 'userId'>;
  crmSightings!: EntityTable<CrmSighting, 'userId'>;
  outbox!: EntityTable<OutboxItem, 'seq'>;
  rejected!: EntityTable<RejectedRecord, 'id'>;
  shadows!: EntityTable<ShadowRow, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;
  typeChanges!: EntityTable<ChangeRecord, 'id'>;
  pins!: EntityTable<PinRow, 'accountId'>;
  views!: EntityTable<ViewRow, 'key'>;

  constructor(name = DB_NAME) {
    // perf: a page's transaction holds its cursor, so atomicity (kept) is what correctness
    // needs; 'relaxed' skips the flush to disk per commit, the main cost of many small commits.
    super(name, { chromeTransactionDurability: 'relaxed' });
    this.version(1).stores({
      workspace: 'id',
      accounts: 'id, domainKey, nameKey, *crmKeys',
      users: 'id, emailKey, accountId, roleId, personaId, *crmKeys, *searchKeys',
      events: 'id, [userId+ts]',
      activityDays: '[userId+day], day',
      notes: 'id, userId, accountId',
      cadences: 'id',
      enrollments: 'id, userId',
      roles: 'id',
      personas: 'id',
      thresholds: 'day',
      userStats: 'userId, accountId',
      crmSightings: 'userId',
      outbox: '++seq, entityId, status',
      rejected: '++id',
      shadows: 'key',
      meta: 'key',
    });
    // perf: only the users whose power flag can flip when today's threshold moves (window
    // count between the old and the new threshold) are read and rewritten.
    // perf: search finds people by company (account name words, domain), email domain and
    // phone digits in any format: new keys, derived again for the rows already stored.
    this.version(2)
      .stores({
        userStats: 'userId, accountId, windowCount',
        accounts: 'id, domainKey, nameKey, *crmKeys, *searchKeys',
      })
      .upgrade(async (tx) => {
        await tx
          .table<StoredUser>('users')
          .toCollection()
          .modify((u) => {
            u.searchKeys = searchKeysOf(u, u.emailKey);
          });
        await tx
          .table<StoredAccount>('accounts')
          .toCollection()
          .modify((a) => {
            a.searchKeys = accountSearchKeysOf(a);
          });
      });
    // home: stored type changes (the home's list and alerts read them instead of re-deriving
    // every user), pinned accounts, and when this rep last opened each user/account page.
    this.version(3).stores({
      typeChanges: 'id, day, userId, accountId',
      pins: 'accountId',
      views: 'key, viewedAt',
    });
  }
}

/** The name of every table of the database (the class declares nothing else). */
export type TableName = Exclude<keyof UserPageDB, keyof Dexie>;

let instance: UserPageDB | undefined;

/** The shared database of this context (one per page or worker). */
export function getDb(): UserPageDB {
  instance ??= new UserPageDB();
  return instance;
}

/** For tests: use a fresh database (e.g. a unique name over fake-indexeddb). */
export function setDb(db: UserPageDB | undefined): void {
  instance = db;
}
