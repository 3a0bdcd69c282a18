import { browser } from 'wxt/browser';
import { isOwnExtensionPage, type SyncReply, syncMessageSchema } from '../messaging/sync-messages';
import { clearRetry, ensureSyncAlarm, onSyncAlarm, scheduleRetry } from '../platform/sync-alarms';
import { setClientVersion } from '../sync/client-version';
import { getSyncInterval, readSyncStatus } from '../sync/status-store';
import { exclusive, requestSync, type SyncTrigger } from '../sync/sync-controller';
import { raiseAlerts } from './raise-alerts';
import { handleSyncCommand } from './sync-commands';

/** Wires the sync engine to alarms, install/start-up and the sync messages of our pages. */
export function registerSync(): void {
  setClientVersion(browser.runtime.getManifest().version);
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    const parsed = syncMessageSchema.safeParse(message);
    if (!parsed.success) {
      if (!isSyncType(message)) return undefined; // Not a sync message: another listener's.
      const why = parsed.error.issues[0]?.message ?? 'invalid request';
      sendResponse({
        ok: false,
        error: `The request was not understood: ${why}`,
      } satisfies SyncReply);
      return undefined;
    }
    if (!isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
      sendResponse({ ok: false, error: 'Not allowed.' } satisfies SyncReply);
      return undefined;
    }
    const hooks = { intervalChanged: ensureSyncAlarm, startSync: () => void trigger('manual') };
    handleSyncCommand(parsed.data, hooks).then(
      (reply) => {
        sendResponse(reply);
        void afterRun();
      },
      (e: unknown) => sendResponse({ ok: false, error: String(e) } satisfies SyncReply),
    );
    return true; // The reply comes asynchronously.
  });

  onSyncAlarm(() => void trigger('alarm'));
  browser.runtime.onInstalled.addListener(() => void trigger('startup'));
  browser.runtime.onStartup.addListener(() => void trigger('startup'));
  void getSyncInterval().then(ensureSyncAlarm);
}

const SYNC_TYPES = new Set<unknown>(syncMessageSchema.options.map((o) => o.shape.type.value));
const isSyncType = (m: unknown) =>
  typeof m === 'object' && m !== null && SYNC_TYPES.has((m as { type?: unknown }).type);

async function trigger(reason: SyncTrigger): Promise<void> {
  await requestSync(reason);
  await afterRun();
}

/** A retry too long to wait for in the worker is left to an alarm (the worker may stop). */
async function afterRun(): Promise<void> {
  await exclusive(() => raiseAlerts()).catch(() => undefined); // home: alerts and badge, between syncs
  const status = await readSyncStatus();
  if (status.nextRetryAt && status.phase === 'error')
    await scheduleRetry(new Date(status.nextRetryAt));
  else await clearRetry();
}
