import { getDb } from '../db/database';
import { isDerivedReady } from '../db/first-sync';
import { META } from '../db/meta';
import { type BadgeView, badgeView } from '../domain/badge-view';
import type { SyncStatus } from '../domain/sync-status';
import type { TabDetection } from '../messaging/tab-detection';

const OPEN = 'Click to open the panel.';

/** The badge for a tab's detection: the matched user's types in words, or why there are none. */
export async function badgeForDetection(detection: TabDetection): Promise<BadgeView | null> {
  if (detection.page !== 'contact' || detection.pending || !detection.match) return null;
  // No type badge on the CRM page before the person is known: a possible match waits for the
  // user's "Yes" in the panel.
  if ((detection.possible || detection.unread) && !detection.confirmed) return null;
  const db = getDb();
  // Before the first full sync nobody is "not a user" and nobody has a type yet.
  if (!(await isDerivedReady())) return syncingBadge(await META.syncStatus.get());
  const { userId, suggestions } = detection.match;
  if (!userId) {
    // Real CRM contacts are never in the made-up demo workspace: no "Not a product user".
    if ((await db.workspace.get('demo')) && !suggestions.length) return demoBadge();
    return badgeView({ suggestions: suggestions.length, noEmail: detection.noEmail });
  }
  const [user, stats] = await Promise.all([db.users.get(userId), db.userStats.get(userId)]);
  if (!user) return badgeView({ suggestions: 0, noEmail: detection.noEmail });
  return badgeView({
    user: { deactivated: user.deactivated },
    types: stats?.types,
    suggestions: 0,
  });
}

function syncingBadge(status: SyncStatus | undefined): BadgeView {
  const pulled = status?.pulled ?? 0;
  const so = pulled ? ` (${pulled.toLocaleString('en-US')} records so far)` : '';
  return {
    chips: [{ tone: 'none', text: 'Syncing…' }],
    title: `Still syncing the workspace${so}: who uses the product shows once it has finished. ${OPEN}`,
  };
}

function demoBadge(): BadgeView {
  return {
    chips: [{ tone: 'none', text: 'Demo data' }],
    title: `The panel shows made-up demo data, so real CRM contacts are not in it. Connect your data in Settings. ${OPEN}`,
  };
}
