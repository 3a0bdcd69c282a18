import type { Page } from 'playwright-core';
import type { BenchServer } from './bench-server';
import { countRows } from './extension-db';
import { lastSyncAt, sendToBackground, waitForSyncDone } from './sync-driver';

/**
 * `n` new events appear on the server on top of the stored workspace; the clock runs from the
 * `sync/now` message until the engine reports the run done, which it does after the events are
 * applied and the derived data (rollups, thresholds, user types) is updated.
 */
export async function incrementalSyncRun(
  page: Page,
  server: BenchServer,
  n: number,
  timeoutMs: number,
): Promise<number> {
  const before = await countRows(page, 'events');
  const previous = await lastSyncAt(page);
  server.addEvents(n);
  const started = Date.now();
  await sendToBackground(page, { type: 'sync/now' });
  await waitForSyncDone(page, started, timeoutMs, previous);
  const ms = Date.now() - started;
  const after = await countRows(page, 'events');
  if (after - before !== n)
    throw new Error(`Expected ${n} new events stored, found ${after - before}`);
  return ms;
}
