import { getDb } from '../db/database';
import { normaliseEmail } from '../domain/email';
import { dexieQuery } from '../query/dexie-query';

/** The product user with this email (the live one before a deactivated one), or null. */
export const userByEmailQuery = (email: string) =>
  dexieQuery({
    key: ['users', 'byEmail', email.toLowerCase()],
    tables: ['users'],
    fn: async () => {
      const key = normaliseEmail(email);
      if (!key) return null;
      const users = await getDb().users.where('emailKey').equals(key).toArray();
      return users.find((u) => !u.deactivated) ?? users[0] ?? null;
    },
  });
