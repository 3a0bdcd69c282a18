import { type BadgeView, badgeView } from '../crm/badge-view';
import { getDb } from '../db/database';
import type { TabDetection } from '../messaging/tab-detection';

/** The badge for a tab's detection: the matched user's types in words, or why there are none. */
export async function badgeForDetection(detection: TabDetection): Promise<BadgeView | null> {
  if (detection.page !== 'contact' || detection.pending || !detection.match) return null;
  // No type badge on the CRM page before the person is known: a possible match waits for the
  // user's "Yes" in the panel.
  if ((detection.possible || detection.unread) && !detection.confirmed) return null;
  const { userId, suggestions } = detection.match;
  if (!userId) return badgeView({ suggestions: suggestions.length, noEmail: detection.noEmail });
  const db = getDb();
  const [user, stats] = await Promise.all([db.users.get(userId), db.userStats.get(userId)]);
  if (!user) return badgeView({ suggestions: 0, noEmail: detection.noEmail });
  return badgeView({
    user: { deactivated: user.deactivated },
    types: stats?.types,
    suggestions: 0,
  });
}
