import { describe, expect, it } from 'vitest';
import { IdFilter } from '@/lib/sync/id-filter';

describe('IdFilter', () => {
  it('never forgets an added id and rarely claims an unseen one', () => {
    const filter = new IdFilter(20);
    const added = Array.from({ length: 20_000 }, (_, i) => `evt-${i}-${(i * 7919) % 1000}`);
    for (const id of added) filter.add(id);
    expect(added.every((id) => filter.mightContain(id))).toBe(true);
    const unseen = Array.from({ length: 20_000 }, (_, i) => `other-${i}`);
    const falsePositives = unseen.filter((id) => filter.mightContain(id)).length;
    // 20k ids in 2^20 bits with k = 5: about 0.2 % expected.
    expect(falsePositives).toBeLessThan(200);
  });

  it('is empty when new', () => {
    expect(new IdFilter().mightContain('e1')).toBe(false);
  });
});
