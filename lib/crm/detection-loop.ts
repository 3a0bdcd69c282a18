import type { RecordExtraction } from './adapter';
import { badgeSlot } from './badge-slot';
import type { BadgeView } from './badge-view';
import { detectRecord } from './detect-record';

/** What the loop reports to the worker (checked there; plain object here, no zod). */
export interface DetectionReport {
  type: 'crm/detected';
  url: string;
  page: 'contact' | 'account' | 'other';
  pending?: boolean;
  person?: RecordExtraction['person'];
  account?: RecordExtraction['account'];
  noEmail?: boolean;
}

export interface LoopDeps {
  win: Window;
  /** Sends a report; resolves with the badge to show (null: none). */
  report(report: DetectionReport): Promise<BadgeView | null>;
  openPanel(): void;
  /** The old record's DOM may linger this long after a URL change before we trust it. */
  staleMs?: number;
  /** Coalesces bursts of DOM changes; well under the 100 ms detection budget. */
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
 * is there. If the page still shows the previous record's content under the new URL, that
 * content is not trusted until it changes, or `staleMs` passes (a record that truly looks the same).
 */
export function startDetectionLoop(deps: LoopDeps): {
  check(): void;
  checkNow(): void;
  applyBadge(url: string, badge: BadgeView | null): void;
  stop(): void;
} {
  const { win } = deps;
  const staleMs = deps.staleMs ?? 5000;
  const throttleMs = deps.throttleMs ?? 25;
  const slot = badgeSlot(win.document, deps.openPanel);
  let url = '';
  let sentKey = '';
  let shownKey = '';
  let stale: { key: string; recordKey: string; header?: Element; until: number } | undefined;
  let shownHeader: Element | undefined;
  let lastRecordKey = '';
  let token = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let staleTimer: ReturnType<typeof setTimeout> | undefined;

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
      stale = shownKey
        ? {
            key: shownKey,
            recordKey: lastRecordKey,
            header: shownHeader,
            until: Date.now() + staleMs,
          }
        : undefined;
      slot.remove();
      token++;
      sentKey = '';
    }
    const found = detectRecord(url, win.document);
    if (found.state === 'not-crm') return;
    if (found.state === 'other')
      return send({ type: 'crm/detected', url, page: 'other' }, `other ${url}`);
    const page = found.ref.kind;
    const recordKey = `${found.crm}:${page}:${found.ref.recordId}`;
    const pending = () =>
      send({ type: 'crm/detected', url, page, pending: true }, `pending ${url}`);
    if (found.state === 'pending') return pending();
    const key = signature(found.extraction);
    const { header } = found.extraction;
    // The previous record's header, unchanged, under a new record's URL: the old DOM lingers.
    // A new header element with equal content is an honest look-alike record and is trusted.
    const lingering =
      stale !== undefined &&
      key === stale.key &&
      header === stale.header &&
      recordKey !== stale.recordKey &&
      Date.now() < stale.until;
    if (lingering && stale) {
      clearTimeout(staleTimer);
      staleTimer = setTimeout(schedule, stale.until - Date.now() + 1);
      return pending();
    }
    stale = undefined;
    shownKey = key;
    shownHeader = header;
    lastRecordKey = recordKey;
    if (`${url} ${key}` === sentKey) return slot.place(header);
    const { person, account, noEmail } = found.extraction;
    send({ type: 'crm/detected', url, page, person, account, noEmail }, `${url} ${key}`, header);
  };

  function schedule() {
    timer ??= setTimeout(check, throttleMs);
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
      const found = detectRecord(url, win.document);
      if (badge && found.state === 'record') slot.show(found.extraction.header, badge);
      else slot.remove();
    },
    stop() {
      clearTimeout(timer);
      clearTimeout(staleTimer);
      token++;
      slot.remove();
    },
  };
}
