import { describe, expect, it } from 'vitest';
import { needsHostPermission, originPattern } from '@/lib/domain/server-origin';

describe('the sync server origin', () => {
  it('knows which servers need a run-time permission', () => {
    expect(needsHostPermission('http://127.0.0.1:4000/api')).toBe(false);
    expect(needsHostPermission('http://localhost:4000')).toBe(false);
    expect(needsHostPermission('https://localhost:4000')).toBe(true);
    expect(needsHostPermission('https://cs.example.com/api')).toBe(true);
    expect(originPattern('https://cs.example.com:8443/api')).toBe('https://cs.example.com/*');
  });
});
