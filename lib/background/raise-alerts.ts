import { getDb } from '../db/database';
import { getDefinitions } from '../db/definitions-store';
import { getAlertSettings } from '../db/home-writes';
import { META } from '../db/meta';
import { markAlerted } from '../db/type-change-store';
import { unseenChangeCount } from '../db/unseen-changes';
import { alertMessages } from '../domain/alert-messages';
import { lowActiveAlerts, personAlerts } from '../domain/alerts';
import { displayName } from '../domain/display-name';
import { setActionBadgeCount } from '../platform/action-badge';
import { showNotification } from '../platform/notifications';

/**
 * After a sync: raises the alerts the rep opted into for pinned accounts, marks them announced
 * before showing them (a failed notification is never retried into a duplicate), and updates
 * the toolbar badge. Only changes first seen since the previous check count, so pinning an
 * account or turning alerts on later does not replay old news.
 */
export async function raiseAlerts(now: Date = new Date()): Promise<number> {
  const db = getDb();
  const settings = await getAlertSettings();
  const pinned = (await db.pins.toCollection().primaryKeys()) as string[];
  const pinnedSet = new Set(pinned);
  const checkedAt = await META.alertsCheckedAt.get();
  const records = pinned.length
    ? (await db.typeChanges.where('accountId').anyOf(pinned).toArray()).filter(
        (r) => checkedAt === undefined || r.recordedAt > checkedAt,
      )
    : [];
  const person = personAlerts(records, pinnedSet, settings);

  const figures = await Promise.all(
    pinned.map(async (accountId) => {
      const [account, stats] = await Promise.all([
        db.accounts.get(accountId),
        db.userStats.where('accountId').equals(accountId).toArray(),
      ]);
      const active = stats.filter((s) => s.types.includes('active')).length;
      return { accountId, active, ...(account?.licenses ? { licences: account.licenses } : {}) };
    }),
  );
  const previous = await META.lowActiveState.get();
  const low = lowActiveAlerts(figures, previous, settings);
  const at = now.toISOString();
  await db.transaction('rw', db.meta, async () => {
    await META.lowActiveState.set(low.state);
    await META.alertsCheckedAt.set(at);
  });
  await markAlerted(
    person.map((a) => a.key),
    at,
  );

  const alerts = [...person, ...low.alerts];
  if (alerts.length > 0) {
    const defs = await getDefinitions();
    const users = new Map(
      (await db.users.bulkGet(person.map((a) => a.userId))).flatMap((u) => (u ? [[u.id, u]] : [])),
    );
    const accounts = new Map(
      (await db.accounts.bulkGet(alerts.map((a) => a.accountId))).flatMap((a) =>
        a ? [[a.id, a.name]] : [],
      ),
    );
    const messages = alertMessages(
      alerts,
      {
        user: (id) => {
          const u = users.get(id);
          return u ? displayName(u) : 'A user';
        },
        account: (id) => accounts.get(id) ?? 'An account',
      },
      { windowDays: defs.windowDays, lowActivePercent: settings.lowActivePercent, at },
    );
    for (const m of messages) await showNotification(m.id, m).catch(() => undefined); // never block the sync on it
  }
  await refreshBadge(now);
  return alerts.length;
}

async function refreshBadge(now: Date = new Date()): Promise<void> {
  await setActionBadgeCount(await unseenChangeCount(now)).catch(() => undefined);
}
