import { getDb } from '../db/database';
import { dexieQuery } from '../query/dexie-query';

/** A CRM sighting with the name of the user it counts for. */
export interface SightingRow {
  userId: string;
  userName: string;
  crm: string;
  recordId?: string;
  seenAt: string;
}

/** Every "seen as a contact in the CRM" the extension recorded, newest first. */
export const crmSightingsQuery = () =>
  dexieQuery({
    key: ['crmSightings', 'all'],
    tables: ['crmSightings', 'users'],
    fn: async (): Promise<SightingRow[]> => {
      const db = getDb();
      const rows = await db.crmSightings.toArray();
      const users = await db.users.bulkGet(rows.map((r) => r.userId));
      return rows
        .map((r, i) => {
          const u = users[i];
          const userName =
            [u?.firstName, u?.lastName].filter(Boolean).join(' ') || u?.email || r.userId;
          return { ...r, userName };
        })
        .sort((a, b) => b.seenAt.localeCompare(a.seenAt));
    },
  });
