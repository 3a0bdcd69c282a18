import { getDb } from '@/lib/db/database';
import { toStoredAccount, toStoredUser } from '@/lib/db/stored-keys';
import type { User } from '@/lib/domain/types';

export const NOW = new Date('2026-11-20T12:00:00Z');

export const ada: User = {
  id: 'u-ada',
  email: 'ada.lovelace@northwind.example',
  firstName: 'Ada',
  lastName: 'Lovelace',
  accountId: 'a-northwind',
  createdAt: '2026-01-05T09:00:00Z',
  crmIds: { hubspot: '501' },
};
export const grace: User = {
  id: 'u-grace',
  email: 'grace.hopper@contoso.example',
  firstName: 'Grace',
  lastName: 'Hopper',
  accountId: 'a-contoso',
  createdAt: '2026-01-05T09:00:00Z',
};
export const oldAda: User = { ...ada, id: 'u-ada-old', deactivated: true, crmIds: {} };
export const linNoEmail: User = {
  id: 'u-lin',
  firstName: 'Lin',
  lastName: 'Chen',
  accountId: 'a-northwind',
  createdAt: '2026-02-01T09:00:00Z',
  crmIds: { salesforce: '003Dm000009LinCAAS' },
};

/** A small workspace: Ada active (events in the window), Grace inactive, Lin without email. */
export async function seedUsers(users: User[] = [ada, grace, linNoEmail]): Promise<void> {
  const db = getDb();
  await db.accounts.bulkPut([
    toStoredAccount({
      id: 'a-northwind',
      name: 'Northwind Traders',
      domain: 'northwind.example',
      crmIds: { hubspot: '9001', salesforce: '001Dm000001NwTAAA' },
    }),
    toStoredAccount({ id: 'a-contoso', name: 'Contoso', domain: 'contoso.example' }),
  ]);
  await db.users.bulkPut(users.map(toStoredUser));
  await db.activityDays.bulkPut([
    { userId: 'u-ada', day: '2026-11-18', events: 12, logins: 1, durationSec: 600 },
    { userId: 'u-grace', day: '2026-06-01', events: 3, logins: 1, durationSec: 60 },
  ]);
}
