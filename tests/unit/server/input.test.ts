import { describe, expect, it } from 'vitest';
import {
  badId,
  MAX_DEPTH,
  parseLimit,
  scrubUnstorable,
  unstorableField,
} from '@/lib/server/http/input';

// The server's input checks, pure: what PostgreSQL could not store is found and named.

describe('server input checks', () => {
  it('names the first field holding NUL or a lone surrogate, keys included; pairs are fine', () => {
    expect(unstorableField({ title: 'ok', body: 'a\u0000b' })).toBe('body');
    expect(unstorableField({ customFields: { plan: '\ud800' } })).toBe('customFields.plan');
    expect(unstorableField({ batch: [{}, { event: 'x\udc00' }] })).toBe('batch.1.event');
    expect(unstorableField({ traits: { 'a\u0000': 1 } })).toBe('traits.<key>');
    expect(unstorableField({ emoji: '😀 \ud83d\ude00', n: 1, b: null })).toBeUndefined();
    expect(unstorableField('\u0000')).toBe('body');
  });

  it('refuses JSON nested deeper than the protocol ever does, without recursion', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    // Named by its path down to the depth where it was cut.
    expect(unstorableField(deep)?.split('.')).toHaveLength(MAX_DEPTH);
    let ok: unknown = 'x';
    for (let i = 0; i < MAX_DEPTH - 1; i++) ok = { a: ok };
    expect(unstorableField(ok)).toBeUndefined();
  });

  it('replaces what cannot be stored with U+FFFD, keeping the rest', () => {
    expect(scrubUnstorable({ 'k\u0000': ['a\ud800b', 3, '😀'] })).toEqual({
      'k\ufffd': ['a\ufffdb', 3, '😀'],
    });
  });

  it('takes whole page sizes of at least 1, capped, and nothing else', () => {
    expect(parseLimit(undefined, 5000)).toBe(5000);
    expect(parseLimit('10', 5000)).toBe(10);
    expect(parseLimit('99999999', 5000)).toBe(5000);
    for (const bad of ['2.5', '0', '-1', '1e3', '', 'ten', '0x10'])
      expect(parseLimit(bad, 5000), bad).toBeUndefined();
  });

  it('refuses empty, over-long and unstorable ids', () => {
    expect(badId('n1')).toBeUndefined();
    expect(badId('')).toMatch(/empty/);
    expect(badId('x'.repeat(513))).toMatch(/longer/);
    expect(badId('a\u0000')).toMatch(/cannot be stored/);
  });
});
