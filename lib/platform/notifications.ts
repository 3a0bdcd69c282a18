import { browser } from 'wxt/browser';

// Browser notifications for the home's alerts (the `notifications` permission).

export interface NotificationContent {
  title: string;
  message: string;
  /** Several alerts in one notification (Chrome's list type; Firefox shows the message). */
  items?: { title: string; message: string }[];
}

type ClickListener = (notificationId: string) => void;
const listeners: ClickListener[] = [];
let registered = false;

export async function showNotification(id: string, content: NotificationContent): Promise<void> {
  const list = content.items && content.items.length > 0 && !import.meta.env.FIREFOX;
  await browser.notifications.create(id, {
    type: list ? 'list' : 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: content.title,
    message: content.message,
    ...(list ? { items: content.items } : {}),
  });
}

export async function clearNotification(id: string): Promise<void> {
  await browser.notifications.clear(id);
}

/**
 * Calls `listener` when the user clicks one of our notifications. Registered synchronously at
 * start-up so a stopped worker woken by the click handles it.
 */
export function onNotificationClicked(listener: ClickListener): void {
  listeners.push(listener);
  if (registered) return;
  registered = true;
  browser.notifications.onClicked.addListener(dispatchNotificationClick);
}

/**
 * What a click does, callable without one: headless Chromium cannot click a system
 * notification, so the end-to-end test dispatches through this (exposed on the worker's
 * global scope, which only the extension itself can reach).
 */
export function dispatchNotificationClick(notificationId: string): void {
  for (const listener of listeners) listener(notificationId);
}
(globalThis as { __userPageNotificationClick?: ClickListener }).__userPageNotificationClick =
  dispatchNotificationClick;
