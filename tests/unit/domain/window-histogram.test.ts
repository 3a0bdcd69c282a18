import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { powerThreshold } from '@/lib/domain/user-types';
import { histogramOf, moveInHistogram, thresholdOfHistogram } from '@/lib/domain/window-histogram';

describe('the window-count histogram', () => {
  it('gives the same threshold as sorting every count, after any moves', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(12), { maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(59), fc.nat(12)), { maxLength: 20 }),
        fc.constantFrom(1, 10, 33.3333, 50, 100),
        (start, moves, p) => {
          const counts = [...start];
          const h = histogramOf(counts);
          for (const [i, to] of moves) {
            if (i >= counts.length) continue;
            moveInHistogram(h, counts[i] as number, to);
            counts[i] = to;
          }
          const t = thresholdOfHistogram(h, p);
          expect(t.threshold).toBe(powerThreshold(counts, p));
          expect(t.activeUsers).toBe(counts.filter((c) => c > 0).length);
        },
      ),
    );
  });

  it('has no power threshold without active users', () => {
    expect(thresholdOfHistogram(histogramOf([0, 0]), 10)).toEqual({
      threshold: null,
      activeUsers: 0,
    });
  });
});
