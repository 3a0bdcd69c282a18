import { getDb } from './database';

/** Forgets sightings (all when no ids are given); the worker then re-derives user types. */
export async function clearCrmSightings(userIds?: string[]): Promise<void> {
  const db = getDb();
  if (userIds) await db.crmSightings.bulkDelete(userIds);
  else await db.crmSightings.clear();
}
