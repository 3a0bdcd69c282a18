import { powerRank } from './user-types';

/**
 * The multiset of the active users' window counts, kept as count → number of users plus the
 * distinct counts in descending order. Moving one user from count a to count b costs
 * O(distinct counts) at worst, and the k-th highest is a walk from the top, so a sliding pass
 * over many days never re-sorts all users.
 */
export class CountRanking {
  private readonly usersAt = new Map<number, number>();
  /** Distinct positive counts, highest first. */
  private readonly distinct: number[] = [];
  private active = 0;

  get activeUsers(): number {
    return this.active;
  }

  /** A user's count changed from `before` to `after` (0 = not active). */
  move(before: number, after: number): void {
    if (before === after) return;
    if (before > 0) this.remove(before);
    if (after > 0) this.add(after);
  }

  /** T for `topPercent`, or null when nobody is active. */
  threshold(topPercent: number): number | null {
    if (this.active === 0) return null;
    const k = powerRank(this.active, topPercent);
    let seen = 0;
    for (const count of this.distinct) {
      seen += this.usersAt.get(count) ?? 0;
      if (seen >= k) return count;
    }
    return null;
  }

  private add(count: number): void {
    const n = this.usersAt.get(count) ?? 0;
    if (n === 0) this.distinct.splice(this.indexFor(count), 0, count);
    this.usersAt.set(count, n + 1);
    this.active += 1;
  }

  private remove(count: number): void {
    const n = this.usersAt.get(count) ?? 0;
    if (n <= 0) return;
    if (n === 1) {
      this.usersAt.delete(count);
      this.distinct.splice(this.indexFor(count), 1);
    } else {
      this.usersAt.set(count, n - 1);
    }
    this.active -= 1;
  }

  /** Where `count` is or would go in the descending list (binary search). */
  private indexFor(count: number): number {
    let lo = 0;
    let hi = this.distinct.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.distinct[mid] ?? 0) > count) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
