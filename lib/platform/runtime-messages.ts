import { browser } from 'wxt/browser';
import type { SyncMessage, SyncReply } from '../messaging/sync-messages';

/** Sends a sync message to the background worker; never throws (the error is in the reply). */
export async function sendSyncMessage<T = unknown>(message: SyncMessage): Promise<SyncReply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as SyncReply<T> | undefined;
    return reply ?? { ok: false, error: 'The extension did not answer. Reload this page.' };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `The extension did not answer (${why}). Reload this page.` };
  }
}
