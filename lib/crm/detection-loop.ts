import type { BadgeView } from '../domain/badge-view';
import type { SeenPerson } from '../messaging/tab-detection';
import type { CrmAdapter, RecordExtraction } from './adapter';
import { badgeSlot } from './badge-slot';
import { detectOnSite } from './detect-on-site';
import { visibleEmails } from './fallback-extract';
import { pageReport } from './page-report';

/** What the loop reports to the worker (checked there; plain object here, no zod). */
export interface DetectionReport {
  type: 'crm/detected';
  url: string;
  page: 'contact' | 'account' | 'other';
  pending?: boolean;
  person?: RecordExtraction['person'];
  account?: RecordExtraction['account'];
  noEmail?: boolean;
  /** Read by the fallback (or the previous record's look-alike): the user must confirm it. */
  possible?: boolean;
  /** A record page on which nothing was found: the emails shown and the page's outline. */
  unread?: boolean;
  visibleEmails?: string[];
  /** An inbox thread's people (opt-in sites), for the rep to pick from. */
  people?: SeenPerson[];
  pageReport?: string;
}

export interface LoopDeps {
  win: Window;
  /** The reader of the site this content script runs on. */
  adapter: CrmAdapter;
  /** Sends a report; resolves with the badge to show (null: none). */
  report(report: DetectionReport): Promise<BadgeView | null>;
  openPanel(): void;
  /** How long a record URL may show no known layout before the careful fallback runs. */
  fallbackMs?: number;
  /** Coalesces bursts of DOM changes once the record is shown. */
  throttleMs?: number;
}

// What the page shows of the record. The record id comes from the URL, so it is left out: the
// previous record's DOM under the next record's URL must compare equal to what it was.
const signature = ({ person, account }: RecordExtraction) =>
  JSON.stringify([
    { ...person, recordId: 0 },
    { ...account, recordId: 0 },
  ]);

/**
 * Follows the page: on a URL change the badge goes at once and the worker hears "pending"
 * (never the previous record under the new URL); the new record is reported when its own header
 * is there. The previous record's header element, unchanged, is never trusted under the new
 * URL: if it is still there when the fallback time is up, it is only a possible match that the
 * user confirms. A record URL where no layout matches in time gets the careful fallback.
 */
export function startDetectionLoop(deps: LoopDeps): {
  check(): void;
  checkNow(): void;
  applyBadge(url: string, badge: BadgeView | null): void;
  stop(): void;
} {
  const { win } = deps;
  const fallbackMs = deps.fallbackMs ?? 2500;
  const throttleMs = deps.throttleMs ?? 25;
  const slot = badgeSlot(win.document, deps.openPanel);
  let url = '';
  let since = Date.now();
  let sentKey = '';
  let waiting = true;
  let shown: { key: string; recordKey: string; header: Element } | undefined;
  let stale: { key: string; recordKey: string; header: Element } | undefined;
  let token = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fallbackTimer: ReturnType<typeof setTimeout> | undefined;

  const send = (report: DetectionReport, key: string, header?: Element) => {
    if (key === sentKey) return;
    sentKey = key;
    const mine = ++token;
    deps.report(report).then(
      (badge) => {
        if (mine !== token) return; // The page moved on meanwhile.
        if (!badge || !header) return slot.remove();
        slot.show(header, badge);
        // The CRM may have replaced the header while we waited: the next check re-places it.
        if (!header.isConnected) schedule();
      },
      () => {},
    );
  };

  const check = () => {
    timer = undefined;
    const now = win.location.href;
    if (now !== url) {
      url = now;
      since = Date.now();
      stale = shown;
      shown = undefined;
      slot.remove();
      token++;
      sentKey = '';
      clearTimeout(fallbackTimer);
      // Once the fallback time is up, look again even if the page stays still.
      fallbackTimer = setTimeout(check, fallbackMs + 1);
    }
    const late = Date.now() - since >= fallbackMs;
    const found = detectOnSite(deps.adapter, url, win.document, { fallback: late });
    waiting = found.state === 'pending';
    if (found.state === 'not-crm') return;
    const page = found.state === 'other' ? 'other' : found.ref.kind;
    const report = (more: Partial<DetectionReport>, key: string, header?: Element) =>
      send({ type: 'crm/detected', url, page, ...more }, key, header);
    if (found.state === 'other') return report({}, `other ${url}`);
    if (found.state === 'pending') return report({ pending: true }, `pending ${url}`);
    if (found.state === 'unread') {
      if (sentKey === `unread ${url}`) return;
      const doc = win.document;
      return report(
        {
          unread: true,
          visibleEmails: visibleEmails(doc, deps.adapter.self),
          pageReport: pageReport(doc, new URL(url)),
        },
        `unread ${url}`,
      );
    }
    const recordKey = `${found.crm}:${page}:${found.ref.recordId}`;
    const key = signature(found.extraction);
    const { header, person, account, noEmail } = found.extraction;
    // The previous record's header element, unchanged, under a new record's URL: the old DOM
    // lingers. A new header element (or new content) is the new record's own render.
    const lingering =
      stale !== undefined &&
      key === stale.key &&
      header === stale.header &&
      recordKey !== stale.recordKey;
    if (lingering && !late) {
      waiting = true;
      return report({ pending: true }, `pending ${url}`);
    }
    if (!lingering) stale = undefined;
    const possible = lingering || found.extraction.possible;
    shown = { key, recordKey, header };
    const sendKey = `${url} ${key} ${possible ? '?' : ''}`;
    if (sendKey === sentKey) return slot.place(header);
    report({ person, account, noEmail, possible }, sendKey, header);
  };

  function schedule() {
    // While the record is awaited every moment counts; once shown, coalesce the CRM's churn.
    timer ??= setTimeout(check, waiting ? 0 : throttleMs);
  }

  return {
    check: schedule,
    /** For URL changes: the previous record's badge must go before the next frame. */
    checkNow() {
      clearTimeout(timer);
      check();
    },
    /** A badge pushed by the worker (the store changed); ignored if the page moved on. */
    applyBadge(forUrl, badge) {
      if (forUrl !== url) return;
      if (badge && shown?.header.isConnected) slot.show(shown.header, badge);
      else slot.remove();
    },
    stop() {
      clearTimeout(timer);
      clearTimeout(fallbackTimer);
      token++;
      slot.remove();
    },
  };
}
