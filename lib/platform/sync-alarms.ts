import { browser } from 'wxt/browser';

const SYNC_ALARM = 'sync';
const RETRY_ALARM = 'sync-retry';

/** The periodic sync alarm, (re)created only when missing or its period changed. */
export async function ensureSyncAlarm(minutes: number): Promise<void> {
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (existing?.periodInMinutes === minutes) return;
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: minutes, delayInMinutes: minutes });
}

/** A one-off alarm that resumes a retry too long to wait for in a (stoppable) worker. */
export async function scheduleRetry(at: Date): Promise<void> {
  await browser.alarms.create(RETRY_ALARM, { when: at.getTime() });
}

export async function clearRetry(): Promise<void> {
  await browser.alarms.clear(RETRY_ALARM);
}

export function onSyncAlarm(listener: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM || alarm.name === RETRY_ALARM) listener();
  });
}
