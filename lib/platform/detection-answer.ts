import { browser } from 'wxt/browser';
import type { CrmConfirmMessage, CrmSeenMessage } from '../messaging/detection-messages';

/** Sends the user's answer about a tab's person to the worker; false when it was not taken. */
export async function sendDetectionAnswer(message: CrmConfirmMessage): Promise<boolean> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as { ok?: boolean } | undefined;
    return reply?.ok === true;
  } catch {
    return false;
  }
}

/** Tells the worker the panel shows the person of a tab's record (a CRM sighting); never throws. */
export function sendRecordShown(message: CrmSeenMessage): void {
  browser.runtime.sendMessage(message).catch(() => {
    // No worker listening (a test page, the worker restarting): the next showing says it again.
  });
}
