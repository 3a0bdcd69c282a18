import { describe, expect, it } from 'vitest';
import { addCounts, countOf, single, subtractCounts } from '@/lib/domain/counts';

// Names come from remote data; a name like "__proto__" must stay an ordinary count.
const proto = '__proto__';

describe('name counts', () => {
  it('add and subtract by name, dropping what reaches zero', () => {
    expect(addCounts({ a: 1, b: 2 }, { b: 3, c: 1 })).toEqual({ a: 1, b: 5, c: 1 });
    expect(addCounts(undefined, { a: 1 })).toEqual({ a: 1 });
    expect(addCounts({}, undefined)).toBeUndefined();
    expect(subtractCounts({ a: 1, b: 5 }, { b: 5, c: 2 })).toEqual({ a: 1 });
    expect(subtractCounts({ a: 1 }, { a: 1 })).toBeUndefined();
  });

  it('never let a name reach the prototype', () => {
    const one = single(proto, 2);
    expect(Object.getPrototypeOf(one)).toBe(Object.prototype);
    expect(countOf(one, proto)).toBe(2);
    const sum = addCounts({ a: 1 }, one);
    expect(Object.getPrototypeOf(sum)).toBe(Object.prototype);
    expect(Object.keys(sum ?? {}).sort()).toEqual([proto, 'a']);
    expect(countOf(sum, proto)).toBe(2);
    expect(countOf(addCounts(sum, single(proto)), proto)).toBe(3);
    expect(subtractCounts(sum, single(proto, 2))).toEqual({ a: 1 });
    expect(countOf({ a: 1 }, 'toString')).toBe(0);
  });
});
