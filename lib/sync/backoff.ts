/** Longest wait between two attempts at the same request (sync protocol: 5 minutes). */
export const MAX_BACKOFF_MS = 5 * 60_000;
const BASE_MS = 1_000;

/**
 * Exponential backoff with jitter: attempt 0 waits about 1 s, then 2 s, 4 s … capped at
 * 5 minutes; each wait is drawn in [½, 1] of that so many clients don't retry in step.
 */
export function backoffDelay(attempt: number, random: () => number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_MS * 2 ** Math.min(attempt, 20));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** The longest wait a Retry-After can ask for: beyond it, a day's wait is retried anyway. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60_000;

/**
 * Retry-After as seconds ("120") or an HTTP date, capped at a day (a huge value would
 * otherwise make an invalid Date); undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Math.min(MAX_RETRY_AFTER_MS, Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, at - now.getTime()));
}
