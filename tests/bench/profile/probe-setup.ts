import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../e2e/harness/browser';
import { type CrmServer, hostResolverRules, startCrmServer } from '../../e2e/harness/crm-server';
import { type BenchServer, startBenchServer } from '../bench-server';
import { CRM_HOST, hubspotBenchRoute } from '../crm-bench-page';
import { initialSyncRun } from '../initial-sync';
import { WorkspaceGenerator } from '../workspace-generator';

export interface SyncedProbe {
  browser: ExtensionBrowser;
  /** The quiet extension page the initial sync was driven from. */
  page: Page;
  server: BenchServer;
  /** Closes the browser and the servers, and ends the process. */
  finish(): Promise<never>;
}

/**
 * What every profiling aid starts with: the bench workspace (`users`, `events`, the bench's
 * seed) served over the sync protocol, the bench fixture of a HubSpot contact page on its real
 * host name, and the built extension (.output-bench, from `npm run bench`) in headless
 * Chromium, synced once.
 */
export async function syncedProbe(options: {
  users: number;
  events: number;
  /** The bench's raw IndexedDB copy after the sync (default false). */
  raw?: boolean;
  timeoutMs?: number;
}): Promise<SyncedProbe> {
  const root = resolve(new URL('../../..', import.meta.url).pathname);
  const gen = new WorkspaceGenerator({
    users: options.users,
    events: options.events,
    seed: 20261122,
    anchorMs: Date.now(),
  });
  const server = await startBenchServer(gen, 'probe');
  server.warm();
  const crmServer: CrmServer = await startCrmServer([CRM_HOST], [hubspotBenchRoute]);
  const { browser, page } = await initialSyncRun({
    server,
    token: 'probe',
    extensionDir: join(root, '.output-bench', 'chrome-mv3'),
    hostResolverRules: hostResolverRules(crmServer),
    timeoutMs: options.timeoutMs ?? 900_000,
    log: console.log,
    raw: options.raw ?? false,
  });
  return {
    browser,
    page,
    server,
    async finish() {
      await browser.close();
      await server.close();
      await crmServer.close();
      process.exit(0);
    },
  };
}
