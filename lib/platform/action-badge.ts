import { browser } from 'wxt/browser';

/** The toolbar icon's badge: a count, or nothing at zero. */
export async function setActionBadgeCount(count: number): Promise<void> {
  await browser.action.setBadgeText({ text: count > 0 ? String(Math.min(count, 99)) : '' });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ color: '#b42318' });
}
