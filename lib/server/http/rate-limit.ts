/**
 * Token buckets per key (write key ids): `perSecond` requests on average, bursts of `burst`.
 * In memory: a server restart refills every bucket, which errs on the side of accepting.
 */
export function createRateLimiter(perSecond: number, burst: number, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    /** 0 when the request may go; otherwise the seconds to wait before retrying. */
    take(key: string): number {
      const t = now();
      const b = buckets.get(key) ?? { tokens: burst, at: t };
      b.tokens = Math.min(burst, b.tokens + ((t - b.at) / 1000) * perSecond);
      b.at = t;
      buckets.set(key, b);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - b.tokens) / perSecond));
    },
  };
}
