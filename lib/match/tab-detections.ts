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
 * Handles a content script's report: match, store the tab's detection, return its badge. A
 * report alone never records a CRM sighting: the page's own script can put any email in its
 * DOM, so only a record the rep acted on counts (see `recordActedSighting`).
 */
export function reportDetection(
  tabId: number,
  senderUrl: string,
  message: CrmDetectedMessage,
  now = new Date(),
): Promise<BadgeView | null> {
  return serialised(tabId, async () => {
    const base = detectionFromMessage(tabId, senderUrl, message, now);
    if (!base) return null;
    if (base.crm && (await getDisabledCrms()).includes(base.crm)) {
      // Switched off: remember nothing of the page but that it is not followed.
      const { tabId: id, url, crm, detectedAt } = base;
      await setTabDetection({ tabId: id, url, crm, page: 'other', detectedAt });
      return null;
    }
    const detection = await matchDetection(base);
    await setTabDetection(detection);
    const badge = await badgeForDetection(detection);
    lastBadges.set(tabId, JSON.stringify(badge));
    return badge;
  });
}

/**
 * The rep acted on the tab's record (clicked its badge, or the panel showed its person):
 * record the CRM sighting now, if the tab still shows the record `url` names (the panel's
 * view may be a step behind a navigation). The sighting (a read-write transaction and a
 * re-classification) is off the path that shows the badge; its type change then reaches the
 * badge like any other store change.
 */
export function recordActedSighting(tabId: number, url?: string, now = new Date()): Promise<void> {
  return serialised(tabId, async () => {
    const detection = await getTabDetection(tabId);
    if (!detection || (url !== undefined && detection.url !== url)) return;
    await recordSightingOf(detection, now);
  });
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
      // No sighting here: an open panel showing this record says so when its match changes.
      if (!sameMatch(detection, stored)) await setTabDetection(detection);
      const badge = await badgeForDetection(detection);
      const key = JSON.stringify(badge);
      if (lastBadges.get(tabId) === key) return;
      lastBadges.set(tabId, key);
      send(tabId, { type: 'crm/badge', url: stored.url, badge });
    });
  }
}
