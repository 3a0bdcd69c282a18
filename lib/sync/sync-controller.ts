import { META } from '../db/meta';
import type { SourceConfig } from '../domain/source-config';
import { createSource } from './create-source';
import { runSync, type SyncDeps, type SyncOutcome } from './engine';
import { publishSyncStatus, readSyncStatus } from './status-store';

// One sync (or data-changing command) at a time in this worker. Triggers that arrive while a
// run is in progress are folded into ONE follow-up run, so overlapping alarms, start-up and
// "sync now" never run the engine twice at once nor pile up.

let chain: Promise<unknown> = Promise.resolve();
let queued: Promise<SyncOutcome | undefined> | undefined;

/** Runs `fn` after everything queued before it (syncs and commands alike). */
export function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  const run = chain.then(fn, fn);
  chain = run.catch(() => undefined);
  return run;
}

export type SyncTrigger = 'manual' | 'alarm' | 'startup';

/**
 * Starts a sync (or joins the one waiting to start). Automatic triggers do nothing while
 * syncing is paused because the token was rejected; a manual one tries again.
 */
export function requestSync(
  trigger: SyncTrigger,
  deps: Partial<SyncDeps> = {},
): Promise<SyncOutcome | undefined> {
  if (queued) return queued;
  const run = exclusive(async () => {
    queued = undefined;
    if (trigger !== 'manual' && !(await automaticRunAllowed(deps))) return undefined;
    return syncOnce(deps);
  });
  queued = run;
  return run;
}

/**
 * Automatic runs (alarms, start-up) wait while syncing is paused (token rejected) and until
 * the `nextRetryAt` a failing server asked for (Retry-After, or a long backoff): the 5-minute
 * alarm must not pull an hour early. "Sync now" may always go earlier.
 */
async function automaticRunAllowed(deps: Partial<SyncDeps>): Promise<boolean> {
  const status = await readSyncStatus();
  if (status.phase === 'paused') return false;
  if (status.phase !== 'error' || !status.nextRetryAt) return true;
  const now = (deps.clock?.now() ?? new Date()).getTime();
  // The retry alarm fires at nextRetryAt; a second of slack covers timer rounding.
  return Date.parse(status.nextRetryAt) <= now + 1_000;
}

export async function getSourceConfig(): Promise<SourceConfig> {
  return META.sourceConfig.get();
}

async function syncOnce(deps: Partial<SyncDeps>): Promise<SyncOutcome | undefined> {
  try {
    const source = createSource(await getSourceConfig());
    if (!(await META.whoami.get()))
      await source
        .whoami(deps.signal)
        .then((who) => META.whoami.set(who))
        .catch(() => undefined); // Only the default note author: the sync itself decides.
    return await runSync(source, deps);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const failingSince = (await readSyncStatus()).failingSince ?? new Date().toISOString();
    await publishSyncStatus({
      phase: 'error',
      lastResult: 'error',
      lastError: `Syncing stopped: ${message}`,
      failingSince,
    });
    return undefined;
  }
}
