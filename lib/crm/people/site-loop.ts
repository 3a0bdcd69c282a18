import type { BadgeView } from '../../domain/badge-view';
import type { CrmAdapter } from '../adapter';
import { badgeSlot } from '../badge-slot';
import type { DetectionReport } from '../detection-loop';
import type { PeopleOnPage } from './people-on-page';
import { siteReport } from './site-report';

export interface SiteLoopDeps {
  win: Window;
  adapter: CrmAdapter;
  read(doc: Document, url: URL): PeopleOnPage | undefined;
  report(report: DetectionReport): Promise<BadgeView | null>;
  openPanel(): void;
  throttleMs?: number;
}

/**
 * Follows an opt-in site's page: on every URL or DOM change, reads the page's people and tells
 * the worker when that changes. The badge goes at once on a URL change and comes back only
 * beside the sender in view, when the worker answers with one (never on LinkedIn before the
 * rep confirms: the worker gives no badge for a possible match).
 */
export function startSiteLoop(deps: SiteLoopDeps): {
  check(): void;
  checkNow(): void;
  applyBadge(url: string, badge: BadgeView | null): void;
  stop(): void;
} {
  const { win } = deps;
  const slot = badgeSlot(win.document, deps.openPanel);
  let url = '';
  let sent = '';
  let anchor: Element | undefined;
  let token = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    timer = undefined;
    const now = win.location.href;
    if (now !== url) {
      url = now;
      sent = '';
      anchor = undefined;
      token++;
      slot.remove();
    }
    const found = deps.read(win.document, new URL(url));
    const report = siteReport(deps.adapter, url, found);
    const key = JSON.stringify(report);
    if (key === sent) {
      if (anchor?.isConnected) slot.place(anchor);
      return;
    }
    sent = key;
    // Beside the person in view only; the worker sends no badge for an unconfirmed profile.
    anchor = found?.inView ? found.anchor : undefined;
    const mine = ++token;
    deps.report(report).then(
      (badge) => {
        if (mine !== token) return;
        if (badge && anchor?.isConnected) slot.show(anchor, badge);
        else slot.remove();
      },
      () => {},
    );
  };

  return {
    check() {
      timer ??= setTimeout(check, deps.throttleMs ?? 50);
    },
    checkNow() {
      clearTimeout(timer);
      check();
    },
    applyBadge(forUrl, badge) {
      if (forUrl !== url) return;
      if (badge && anchor?.isConnected) slot.show(anchor, badge);
      else slot.remove();
    },
    stop() {
      clearTimeout(timer);
      token++;
      slot.remove();
    },
  };
}
