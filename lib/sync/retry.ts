import { backoffDelay, MAX_RETRY_AFTER_MS } from './backoff';
import { SourceError } from './source';

export interface Clock {
  now(): Date;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  random(): number;
}

export const realClock: Clock = {
  now: () => new Date(),
  random: Math.random,
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(signal.reason);
        },
        { once: true },
      );
    }),
};

/** A wait too long to spend in a service worker: persisted, and resumed by an alarm. */
export class DeferredRetry extends Error {
  constructor(
    readonly retryAt: Date,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'DeferredRetry';
  }
}

export interface RetryOptions {
  clock: Clock;
  signal?: AbortSignal | undefined;
  /** Waits up to this long happen in-process; longer ones become a DeferredRetry. */
  maxInlineWaitMs: number;
  /** Failed attempts already made (e.g. before the worker stopped), so backoff keeps growing. */
  attempt: { count: number };
  onRetry?: (reason: string, waitMs: number) => Promise<void> | void;
}

/**
 * Repeats the same request on transient failures (network, timeout, 5xx, 429, malformed
 * page) with exponential backoff and jitter, honouring Retry-After. Auth and "gone" errors,
 * and aborts, go to the caller.
 */
export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions): Promise<T> {
  for (;;) {
    opts.signal?.throwIfAborted();
    try {
      const value = await fn();
      opts.attempt.count = 0;
      return value;
    } catch (e) {
      if (opts.signal?.aborted) throw opts.signal.reason;
      if (e instanceof SourceError && e.kind !== 'transient') throw e;
      const reason = e instanceof Error ? e.message : String(e);
      const wait =
        e instanceof SourceError && e.retryAfterMs !== undefined
          ? Math.min(Math.max(0, e.retryAfterMs), MAX_RETRY_AFTER_MS)
          : backoffDelay(opts.attempt.count, opts.clock.random);
      opts.attempt.count += 1;
      if (wait > opts.maxInlineWaitMs)
        throw new DeferredRetry(new Date(opts.clock.now().getTime() + wait), reason);
      await opts.onRetry?.(reason, wait);
      await opts.clock.sleep(wait, opts.signal);
    }
  }
}
