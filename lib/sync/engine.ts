import { applyPage, mergeBefore, type RollupsBefore } from '../db/apply-page';
import { getDb } from '../db/database';
import { recomputeDerived, updateDerived } from '../db/derived';
import { META } from '../db/meta';
import { rebuildRollups } from '../db/rebuild-rollups';
import { resetSyncedData } from '../db/reset-data';
import type { Day } from '../domain/types';
import { envelopeSchema } from '../protocol/schemas';
import { IdFilter } from './id-filter';
import { pushOutbox } from './push-outbox';
import { type Clock, DeferredRetry, realClock, withRetry } from './retry';
import { type Source, SourceError } from './source';
import { getSyncInterval, publishSyncStatus, readSyncStatus } from './status-store';

const PAGE_LIMIT = 5000;
/** A service worker is stopped after ~30 s without events: longer waits go to an alarm. */
const MAX_INLINE_WAIT_MS = 20_000;

export interface SyncDeps {
  clock: Clock;
  signal?: AbortSignal;
  maxInlineWaitMs: number;
}

export type SyncOutcome =
  | { result: 'ok'; pulled: number; pushed: number }
  | { result: 'paused'; message: string }
  | { result: 'deferred'; retryAt: string; message: string };

/**
 * One sync run: pull every page (each applied with its cursor in one transaction), update the
 * derived data, push the outbox in order, and pull once more when something was pushed so the
 * echo of our own writes lands now. Stopping at any point loses nothing: the next run starts
 * from the last stored cursor and the outbox items still queued.
 */
export async function runSync(source: Source, deps: Partial<SyncDeps> = {}): Promise<SyncOutcome> {
  const clock = deps.clock ?? realClock;
  const attempt = { count: Number(await META.retryAttempt.get()) };
  const retry = {
    clock,
    signal: deps.signal,
    maxInlineWaitMs: deps.maxInlineWaitMs ?? MAX_INLINE_WAIT_MS,
    attempt,
    onRetry: (reason: string, waitMs: number) =>
      publishSyncStatus({
        lastError: reason,
        nextRetryAt: new Date(clock.now().getTime() + waitMs).toISOString(),
      }).then(() => undefined),
  };
  // A first sync (no sync position yet) reports its own count when it ends: a follow-up run
  // right after it (the echo of a push, an alarm) must not put its own small count in its place.
  const first = (await META.cursor.get()) === undefined;
  await publishSyncStatus({
    phase: 'syncing',
    pulled: 0,
    total: undefined,
    intervalMinutes: await getSyncInterval(),
    nextRetryAt: undefined,
  });
  let pulled = 0;
  let derivedFailure: string | undefined;
  const pull = async () => {
    const run = await pullAll(source, retry, async (n, remaining) => {
      const total = remaining === undefined ? undefined : n + pulled + remaining;
      // A page came: whatever was being retried has recovered.
      await publishSyncStatus({ pulled: n + pulled, total, nextRetryAt: undefined });
    });
    pulled += run.pulled;
    derivedFailure = run.derivedFailure;
  };
  try {
    await pull();
    // Derived data (types, thresholds) failing never holds back the user's own writes.
    const pushed = await pushOutbox(source, retry);
    if (pushed > 0) await pull();
    await META.retryAttempt.remove();
    const at = clock.now().toISOString();
    await publishSyncStatus({
      ...(first ? { firstSync: { pulled, at } } : {}),
      failingSince: undefined,
      total: undefined,
      phase: derivedFailure ? 'error' : 'idle',
      lastResult: derivedFailure ? 'error' : 'ok',
      lastSyncAt: at,
      lastError: derivedFailure
        ? `Synced, but user types and activity figures could not be updated: ${derivedFailure}`
        : undefined,
      nextRetryAt: undefined,
      pulled,
    });
    return { result: 'ok', pulled, pushed };
  } catch (e) {
    await META.retryAttempt.set(attempt.count);
    const failingSince = (await readSyncStatus()).failingSince ?? clock.now().toISOString();
    if (e instanceof SourceError && e.kind === 'auth') {
      await publishSyncStatus({
        phase: 'paused',
        lastResult: 'error',
        lastError: e.message,
        failingSince,
      });
      return { result: 'paused', message: e.message };
    }
    if (e instanceof DeferredRetry) {
      const message = `${e.reason} Trying again ${retryWhen(e.retryAt, clock.now())}.`;
      await publishSyncStatus({
        phase: 'error',
        lastResult: 'error',
        lastError: message,
        nextRetryAt: e.retryAt.toISOString(),
        failingSince,
      });
      return { result: 'deferred', retryAt: e.retryAt.toISOString(), message };
    }
    throw e;
  }
}

type Retry = Parameters<typeof withRetry>[1];

/** Pulls until hasMore is false; on 410 forgets the synced data and starts again. */
async function pullAll(
  source: Source,
  retry: Retry,
  progress: (pulled: number, remaining: number | undefined) => Promise<void>,
): Promise<{ pulled: number; derivedFailure?: string }> {
  const db = getDb();
  const users = new Set<string>();
  const days = new Set<Day>();
  const before: RollupsBefore = new Map();
  let pulled = 0;
  let cursor = await META.cursor.get();
  // A run stopped before its derived update leaves this set: which users it touched is lost.
  const leftBehind = (await META.derivedStale.get()) === true;
  // From an empty events table, only events this run stored can exist: a filter of their ids
  // spares reading back every incoming event (a quarter of an initial sync's time).
  const emptyEvents = async () => (await db.events.limit(1).primaryKeys()).length === 0;
  let storedEvents = (await emptyEvents()) ? new IdFilter() : undefined;
  // perf: from no cursor (or resuming such a run) events are stored as they come and the
  // rollups derived once at the end (rebuildRollups), instead of read-modify-write per event.
  let catchUp = cursor === undefined || (await META.rollupsStale.get()) === true;
  let goneSeen = false;
  const fetchPage = (from: string | undefined) =>
    withRetry(async () => {
      const raw = await source.pull(from, PAGE_LIMIT, retry.signal).catch((e: unknown) => {
        throw goneAsFault(e, from === undefined || goneSeen);
      });
      const checked = envelopeSchema.safeParse(raw);
      if (!checked.success)
        throw new SourceError(
          'transient',
          'The server sent a page that does not follow the sync protocol.',
        );
      // A page that hands back the request's cursor with more to come would be pulled
      // again at once, forever: a server fault, retried with backoff like any other.
      if (checked.data.hasMore && checked.data.cursor === from)
        throw new SourceError(
          'transient',
          'The server said there was more to sync but its sync position did not move on.',
        );
      return checked.data;
    }, retry);
  // perf: the next page is fetched and parsed while this one is written.
  let ahead: { from: string; page: ReturnType<typeof fetchPage> } | undefined;
  for (;;) {
    let page: { cursor: string; hasMore: boolean; changes: unknown[]; remaining?: number };
    try {
      const next = ahead && ahead.from === cursor ? ahead.page : fetchPage(cursor);
      ahead = undefined;
      page = await next;
    } catch (e) {
      if (!(e instanceof SourceError && e.kind === 'gone')) throw e;
      goneSeen = true;
      await resetSyncedData('resync');
      storedEvents = new IdFilter();
      catchUp = true;
      users.clear();
      days.clear();
      before.clear();
      cursor = undefined;
      continue;
    }
    // The worker may be stopped between fetching a page and storing it: nothing is half-applied.
    retry.signal?.throwIfAborted();
    if (page.hasMore) {
      ahead = { from: page.cursor, page: fetchPage(page.cursor) };
      ahead.page.catch(() => undefined); // Handled when awaited; never an unhandled rejection.
    }
    const applied = await applyPage(page, retry.clock.now(), catchUp ? undefined : storedEvents, {
      catchUp,
    });
    for (const u of applied.users) users.add(u);
    for (const d of applied.days) days.add(d);
    mergeBefore(before, applied.before);
    pulled += applied.applied;
    cursor = page.cursor;
    await progress(pulled, page.remaining);
    if (!page.hasMore) break;
    retry.signal?.throwIfAborted();
  }
  try {
    if (catchUp) {
      await rebuildRollups(retry.signal);
      await recomputeDerived(retry.clock.now());
    } else if (leftBehind) await recomputeDerived(retry.clock.now());
    else await updateDerived({ users, days, before }, retry.clock.now());
  } catch (e) {
    // The pages are stored and derivedStale stays set, so the next run recomputes it all.
    if (retry.signal?.aborted) throw e;
    return { pulled, derivedFailure: e instanceof Error ? e.message : String(e) };
  }
  return { pulled };
}

/**
 * A 410 means "start again from no cursor": one on a pull that already had no cursor, or a
 * second one in the same run, cannot be cured by starting again, so it is retried with backoff
 * (wiping and re-pulling at once would loop forever).
 */
function goneAsFault(e: unknown, alreadyFresh: boolean): unknown {
  if (!(e instanceof SourceError && e.kind === 'gone' && alreadyFresh)) return e;
  return new SourceError(
    'transient',
    'The server said the sync position expired again, even when syncing from the start.',
  );
}

/** "at 12:10 UTC" today, "on 22 Nov at 12:00 UTC" another day (UTC, as the status shows). */
function retryWhen(at: Date, now: Date): string {
  const iso = at.toISOString();
  const time = `at ${iso.slice(11, 16)} UTC`;
  if (iso.slice(0, 10) === now.toISOString().slice(0, 10)) return time;
  const date = at.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return `on ${date} ${time}`;
}
