import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '@/lib/domain/sync-status';
import { clock, describeSync, retryReason } from '@/lib/domain/sync-status-words';

const NOW = new Date('2026-11-30T15:00:00Z');
const base: SyncStatus = { phase: 'idle', pulled: 0, intervalMinutes: 5 };
const say = (over: Partial<SyncStatus>, zone = 'America/New_York') =>
  describeSync({ ...base, ...over }, NOW, zone).text;

describe('describeSync', () => {
  it('says "Up to date" in local time, whatever the run pulled', () => {
    expect(say({ lastResult: 'ok', lastSyncAt: '2026-11-30T14:58:00Z' })).toBe(
      'Up to date · 9:58 AM',
    );
    expect(say({ lastResult: 'ok', lastSyncAt: '2026-11-27T14:58:00Z', pulled: 0 })).toBe(
      'Up to date · Nov 27, 9:58 AM',
    );
  });

  it('counts records while syncing and says nothing of a last sync', () => {
    expect(say({ phase: 'syncing', pulled: 1234, lastSyncAt: '2026-11-30T14:58:00Z' })).toBe(
      'Syncing… 1,234 records',
    );
    expect(say({ phase: 'syncing' })).toBe('Syncing…');
  });

  it('gives the reason once, as a sentence, and the next try in local time', () => {
    const words = describeSync(
      {
        ...base,
        phase: 'error',
        lastResult: 'error',
        lastError: 'Maintenance Trying again at 15:10 UTC.',
        nextRetryAt: '2026-11-30T15:10:00Z',
        lastSyncAt: '2026-11-30T14:00:00Z',
      },
      NOW,
      'Europe/Paris',
    );
    expect(words).toEqual({ text: 'Maintenance. Trying again at 4:10 PM.', tone: 'error' });
  });

  it('says why syncing is paused, and "Not synced yet" before anything', () => {
    expect(say({ phase: 'paused', lastError: 'The server rejected the API token.' })).toBe(
      'The server rejected the API token.',
    );
    expect(describeSync(undefined, NOW).text).toBe('Not synced yet');
  });
});

describe('helpers', () => {
  it('strips an appended UTC retry time from a reason', () => {
    expect(retryReason('The server answered 503. Trying again at 12:10 UTC.')).toBe(
      'The server answered 503.',
    );
    expect(retryReason(undefined)).toBe('');
  });

  it('formats a time of another day with its date', () => {
    expect(clock('2026-11-29T23:30:00Z', NOW, 'UTC')).toBe('Nov 29, 11:30 PM');
  });
});
