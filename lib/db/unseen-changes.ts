import { addDays, today } from '../domain/time';
import { getDb } from './database';
import { getDefinitions } from './definitions-store';
import { viewKey } from './home-records';

/** The badge counts changes of the last week only: older ones are not "what changed". */
const BADGE_DAYS = 7;

/**
 * Changes on pinned accounts the rep has not seen: news (not the initial sync nor recomputed
 * history), still holding, dated in the last week, and first seen after the rep last opened
 * that person's page or their account's page.
 */
export async function unseenChangeCount(now: Date = new Date()): Promise<number> {
  const db = getDb();
  const pinned = (await db.pins.toCollection().primaryKeys()) as string[];
  if (pinned.length === 0) return 0;
  const defs = await getDefinitions();
  const from = addDays(today(now, defs.timezone), -(BADGE_DAYS - 1));
  const records = (await db.typeChanges.where('accountId').anyOf(pinned).toArray()).filter(
    (r) => r.live === 1 && r.news && r.day >= from,
  );
  if (records.length === 0) return 0;
  const keys = [
    ...new Set(
      records.flatMap((r) => [viewKey('user', r.userId), viewKey('account', r.accountId ?? '')]),
    ),
  ];
  const views = new Map(
    (await db.views.bulkGet(keys)).flatMap((v) => (v ? [[v.key, v.viewedAt] as const] : [])),
  );
  return records.filter((r) => {
    const seen = [
      views.get(viewKey('user', r.userId)),
      views.get(viewKey('account', r.accountId ?? '')),
    ];
    return seen.every((at) => at === undefined || at < r.recordedAt);
  }).length;
}
