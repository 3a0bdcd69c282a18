import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchWithExtension } from '../e2e/harness/browser';
import type { BenchServer } from './bench-server';
import { countRows } from './extension-db';
import { type RawResult, rawCopy } from './raw-idb-baseline';
import { sendToBackground, waitForIdle, waitForSyncDone } from './sync-driver';

export interface InitialSyncRun {
  ms: number;
  records: number;
  recordsPerSec: number;
  raw: RawResult;
  rawRecordsPerSec: number;
  /** engine / raw throughput, as a fraction. */
  ratio: number;
  /** Client time per page seen from the server: the gap between sending a page and the next pull. */
  pageGapsMs: number[];
}

export interface SyncTarget {
  server: BenchServer;
  token: string;
  extensionDir: string;
  hostResolverRules?: string;
  timeoutMs: number;
  log: (line: string) => void;
  /** Also copy the synced rows with raw IndexedDB puts (the floor); default true. */
  raw?: boolean;
}

/** A page of the extension's origin that runs none of its UI code, for reads and raw writes. */
export async function quietExtensionPage(browser: ExtensionBrowser): Promise<Page> {
  return browser.openExtensionPage('manifest.json');
}

/**
 * One initial sync. The first run uses a fresh profile: once the demo workspace synced on
 * install has settled, the clock starts when `source/set` (our server) is sent. Later runs reuse
 * that browser: the clock starts at `data/reset` (which forgets the synced data and pulls again
 * from no cursor). It stops when the engine reports the run done (its status is written after
 * the derived data). Then the same records are written with raw IndexedDB in the same browser.
 * The browser is returned open, with the workspace stored, for the next scenarios.
 */
export async function initialSyncRun(
  t: SyncTarget,
  reuse?: { browser: ExtensionBrowser; page: Page },
): Promise<{ run: InitialSyncRun; browser: ExtensionBrowser; page: Page }> {
  const browser =
    reuse?.browser ??
    (await launchWithExtension({
      extensionDir: t.extensionDir,
      hostResolverRules: t.hostResolverRules,
    }));
  const page = reuse?.page ?? (await quietExtensionPage(browser));
  const before = await waitForIdle(page, 180_000); // e.g. the demo workspace synced on install
  t.server.pulls.length = 0;
  const started = Date.now();
  const message = reuse
    ? { type: 'data/reset', discardOutbox: true }
    : {
        type: 'source/set',
        config: { kind: 'http', baseUrl: t.server.url, token: t.token },
        discardOutbox: true,
      };
  const reply = await sendToBackground(page, message);
  if (reply && typeof reply === 'object' && 'ok' in reply && reply.ok === false)
    throw new Error(`${message.type} was refused: ${JSON.stringify(reply)}`);
  await waitForSyncDone(page, started, t.timeoutMs, before.lastSyncAt);
  const ms = Date.now() - started;
  const records = t.server.total();
  const stored = (await countRows(page, 'users')) + (await countRows(page, 'events'));
  t.log(
    `  engine: ${records} changes in ${(ms / 1000).toFixed(1)} s (${stored} users+events stored)`,
  );
  const raw =
    t.raw === false
      ? { records: 0, writeMs: Number.NaN, perStore: {} }
      : await rawCopy(page, ['workspace', 'accounts', 'users', 'events']);
  const recordsPerSec = records / (ms / 1000);
  const rawRecordsPerSec = raw.records / (raw.writeMs / 1000);
  if (t.raw !== false)
    t.log(`  raw IndexedDB: ${raw.records} rows written in ${(raw.writeMs / 1000).toFixed(1)} s`);
  const pulls = t.server.pulls;
  const pageGapsMs = pulls
    .slice(1)
    .map((p, i) => p.receivedAt - (pulls[i]?.sentAt ?? p.receivedAt));
  return {
    run: {
      ms,
      records,
      recordsPerSec,
      raw,
      rawRecordsPerSec,
      ratio: recordsPerSec / rawRecordsPerSec,
      pageGapsMs,
    },
    browser,
    page,
  };
}
