import { type AlertSettings, DEFAULT_ALERT_SETTINGS } from '../domain/alerts';
import { getDb } from './database';
import { type ViewRow, viewKey } from './home-records';
import { META } from './meta';

// home: the rep's own rows (pins, page views, alert choices). Local only: nothing is pushed.

export async function setPinned(accountId: string, pinned: boolean): Promise<void> {
  const db = getDb();
  if (pinned) await db.pins.put({ accountId, pinnedAt: new Date().toISOString() });
  else await db.pins.delete(accountId);
}

/** How many page views "Recently viewed" keeps. */
const RECENT_KEEP = 30;

/**
 * Records that the rep opened a user or account page now, with the enrolments seen finished
 * (they mark "finished since you last looked" next time). Old views beyond RECENT_KEEP go.
 */
async function recordView(
  kind: 'user' | 'account',
  id: string,
  finished: string[] = [],
  now: Date = new Date(),
): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.views, async () => {
    await db.views.put({ key: viewKey(kind, id), kind, id, viewedAt: now.toISOString(), finished });
    const old = await db.views.orderBy('viewedAt').reverse().offset(RECENT_KEEP).primaryKeys();
    if (old.length) await db.views.bulkDelete(old);
  });
}

export async function getAlertSettings(): Promise<AlertSettings> {
  return { ...DEFAULT_ALERT_SETTINGS, ...(await META.alertSettings.get()) };
}

export async function setAlertSettings(settings: AlertSettings): Promise<void> {
  await META.alertSettings.set(settings);
}

/**
 * The rep opens a user or account page: returns the previous view (what "since you last
 * looked" compares with) and records this one with the enrolments finished by now.
 */
export async function openPage(
  kind: 'user' | 'account',
  id: string,
  now: Date = new Date(),
): Promise<ViewRow | undefined> {
  const db = getDb();
  const previous = await db.views.get(viewKey(kind, id));
  const userIds =
    kind === 'user'
      ? [id]
      : ((await db.users.where('accountId').equals(id).primaryKeys()) as string[]);
  const enrollments = userIds.length
    ? await db.enrollments.where('userId').anyOf(userIds).toArray()
    : [];
  const finished = enrollments.filter((e) => e.status !== 'active').map((e) => e.id);
  await recordView(kind, id, finished, now);
  return previous;
}
