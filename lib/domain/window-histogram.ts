import { powerRank } from './user-types';

/**
 * Today's window counts of the workspace as count → number of users (positive counts only).
 * Kept beside the user stats so today's power threshold follows a change of a few users in
 * time proportional to them, not to the workspace.
 */
export type WindowHistogram = Record<string, number>;

export function histogramOf(counts: Iterable<number>): WindowHistogram {
  const h: WindowHistogram = {};
  for (const c of counts) moveInHistogram(h, 0, c);
  return h;
}

/** One user's count went from `before` to `after` (0 = not active). Mutates `h`. */
export function moveInHistogram(h: WindowHistogram, before: number, after: number): void {
  if (before === after) return;
  if (before > 0) {
    const n = (h[before] ?? 0) - 1;
    if (n > 0) h[before] = n;
    else delete h[before];
  }
  if (after > 0) h[after] = (h[after] ?? 0) + 1;
}

/** The same T as powerThreshold over the counts the histogram holds, and N. */
export function thresholdOfHistogram(
  h: WindowHistogram,
  topPercent: number,
): { threshold: number | null; activeUsers: number } {
  const counts = Object.keys(h)
    .map(Number)
    .sort((a, b) => b - a);
  let activeUsers = 0;
  for (const c of counts) activeUsers += h[c] ?? 0;
  if (activeUsers === 0) return { threshold: null, activeUsers };
  const k = powerRank(activeUsers, topPercent);
  let seen = 0;
  for (const c of counts) {
    seen += h[c] ?? 0;
    if (seen >= k) return { threshold: c, activeUsers };
  }
  return { threshold: null, activeUsers };
}
