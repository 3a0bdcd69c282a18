import type { BadgeView } from '../domain/badge-view';
import { BADGE_ATTRIBUTE, type BadgeElement, createBadge } from './badge-element';

export interface BadgeSlot {
  show(header: Element, view: BadgeView): void;
  /** Keeps the badge beside the current header (the CRM may have replaced the element). */
  place(header: Element): void;
  remove(): void;
}

/**
 * The one badge of a page: shown beside the record's name, moved when the CRM re-renders the
 * header, removed when the person changes. Never more than one on the page: a CRM that clones
 * or re-renders its header could copy our host, and only ours may stay.
 */
export function badgeSlot(doc: Document, onOpen: () => void): BadgeSlot {
  let badge: BadgeElement | undefined;
  const removeStrays = () => {
    for (const el of doc.querySelectorAll(`[${BADGE_ATTRIBUTE}]`))
      if (el !== badge?.host) el.remove();
  };
  const place = (header: Element) => {
    if (!badge) return;
    if (header.nextElementSibling !== badge.host) header.after(badge.host);
    removeStrays();
  };
  return {
    show(header, view) {
      badge ??= createBadge(doc, onOpen);
      badge.update(view);
      place(header);
    },
    place,
    remove() {
      badge?.host.remove();
      badge = undefined;
      removeStrays();
    },
  };
}
