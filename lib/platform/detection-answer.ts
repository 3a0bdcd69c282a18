import { browser } from 'wxt/browser';
import type { CrmConfirmMessage } from '../messaging/detection-messages';

/** Sends the user's answer about a tab's person to the worker; false when it was not taken. */
export async function sendDetectionAnswer(message: CrmConfirmMessage): Promise<boolean> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as { ok?: boolean } | undefined;
    return reply?.ok === true;
  } catch {
    return false;
  }
}
