import type { BadgeView } from '../domain/badge-view';
import type { CrmBadgeUpdate, CrmDetectedMessage } from '../messaging/detection-messages';
import type { TabDetection } from '../messaging/tab-detection';
import { getDisabledCrms } from '../platform/crm-sites';
import { getTabDetection, listTabDetections, setTabDetection } from '../platform/tab-state';
import { badgeForDetection } from './badge-for-match';
import { detectionFromMessage } from './detection-from-message';
import { matchDetection, recordSightingOf } from './match-detection';

// Reports of one tab are handled one after the other, so a slow match of record A can never
// overwrite the detection of record B that the user navigated to next.
const queues = new Map<number, Promise<unknown>>();
const lastBadges = new Map<number, string>();

function serialised<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(work, work);
  queues.set(
    tabId,
    run.catch(() => {}),
  );
  return run;
}

/**
 * Handles a content script's report: match, store the tab's detection, return its badge. The
 * CRM sighting (a read-write transaction and a re-classification) is written after the answer,
 * off the path that shows the badge and the panel; its type change then reaches the badge
 * like any other store change.
 */
export function reportDetection(
  tabId: number,
  senderUrl: string,
  message: CrmDetectedMessage,
  now = new Date(),
): Promise<BadgeView | null> {
  let matched: TabDetection | undefined;
  const reply = serialised(tabId, async () => {
    const base = detectionFromMessage(tabId, senderUrl, message, now);
    if (!base) return null;
    if (base.crm && (await getDisabledCrms()).includes(base.crm)) {
      // Switched off: remember nothing of the page but that it is not followed.
      const { tabId: id, url, crm, detectedAt } = base;
      await setTabDetection({ tabId: id, url, crm, page: 'other', detectedAt });
      return null;
    }
    const detection = await matchDetection(base);
    matched = detection;
    await setTabDetection(detection);
    const badge = await badgeForDetection(detection);
    lastBadges.set(tabId, JSON.stringify(badge));
    return badge;
  });
  void serialised(tabId, async () => {
    if (matched) await recordSightingOf(matched, now);
  }).catch(() => {});
  return reply;
}

const sameMatch = (a: TabDetection, b: TabDetection) =>
  JSON.stringify([a.match, a.accountMatch]) === JSON.stringify([b.match, b.accountMatch]);

/** Re-matches every open CRM tab against the store (after a sync) and pushes changed badges. */
export async function refreshTabDetections(
  send: (tabId: number, update: CrmBadgeUpdate) => void,
): Promise<void> {
  for (const { tabId } of await listTabDetections()) {
    await serialised(tabId, async () => {
      // Read inside the queue: a report handled meanwhile must not be overwritten.
      const stored = await getTabDetection(tabId);
      if (!stored?.crm || stored.pending || stored.page === 'other') return;
      const detection = await matchDetection(stored);
      if (!sameMatch(detection, stored)) await setTabDetection(detection);
      await recordSightingOf(detection);
      const badge = await badgeForDetection(detection);
      const key = JSON.stringify(badge);
      if (lastBadges.get(tabId) === key) return;
      lastBadges.set(tabId, key);
      send(tabId, { type: 'crm/badge', url: stored.url, badge });
    });
  }
}
