import { getDb } from '../db/database';
import { domainKey, nameKey } from '../db/stored-keys';
import { dexieQuery } from '../query/dexie-query';

/**
 * The account a CRM contact most likely belongs to, to prefill "Add as product user": the
 * company name shown on the CRM page, else the domain of their email. Null when neither matches
 * (the user then picks "No account" or leaves it).
 */
export const accountForPersonQuery = (company: string | undefined, email: string | undefined) =>
  dexieQuery({
    key: ['accounts', 'forPerson', company ?? '', email ?? ''],
    tables: ['accounts'],
    fn: async () => {
      const db = getDb();
      if (company?.trim()) {
        const named = await db.accounts.where('nameKey').equals(nameKey(company)).first();
        if (named) return named;
      }
      const domain = domainKey(email?.split('@')[1]);
      if (domain) {
        const byDomain = await db.accounts.where('domainKey').equals(domain).first();
        if (byDomain) return byDomain;
      }
      return null;
    },
  });
