import type { Page } from 'playwright-core';
import { countRows, readMeta } from './extension-db';
import { evalIn } from './in-page';

/** What the engine publishes in meta 'syncStatus' (lib/sync/sync-status.ts), as far as we read it. */
interface StatusView {
  phase?: string;
  lastResult?: string;
  lastSyncAt?: string;
  lastError?: string;
}

/** Sends a message to the background the way the extension's own pages do. */
export function sendToBackground(page: Page, message: unknown): Promise<unknown> {
  return evalIn(page, (m) => chrome.runtime.sendMessage(m), message);
}

async function poll<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T | undefined>,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Waits until the engine has finished a run that started after `sinceMs` (wall clock): its
 * `lastSyncAt` is new (differs from `previous`) and no run is in progress.
 */
export function waitForSyncDone(
  page: Page,
  sinceMs: number,
  timeoutMs: number,
  previous?: string,
): Promise<StatusView> {
  return poll('the sync to finish', timeoutMs, async () => {
    const s = await readMeta<StatusView>(page, 'syncStatus');
    if (!s?.lastSyncAt || s.phase === 'syncing' || s.lastSyncAt === previous) return undefined;
    if (Date.parse(s.lastSyncAt) < sinceMs - 1000) return undefined;
    if (s.lastResult === 'error' || s.phase === 'error' || s.phase === 'paused')
      throw new Error(`The sync failed: ${s.lastError ?? s.phase}`);
    return s;
  });
}

/** Waits until no sync is running (e.g. the demo workspace synced on install). */
export async function lastSyncAt(page: Page): Promise<string | undefined> {
  return (await readMeta<StatusView>(page, 'syncStatus'))?.lastSyncAt;
}

export function waitForIdle(page: Page, timeoutMs: number): Promise<StatusView> {
  return poll('the first sync to settle', timeoutMs, async () => {
    const s = await readMeta<StatusView>(page, 'syncStatus');
    return s && s.phase !== 'syncing' && s.lastSyncAt ? s : undefined;
  });
}

export function waitForRows(page: Page, store: string, atLeast: number, timeoutMs: number) {
  return poll(`${atLeast} rows in ${store}`, timeoutMs, async () => {
    const n = await countRows(page, store);
    return n >= atLeast ? n : undefined;
  });
}
