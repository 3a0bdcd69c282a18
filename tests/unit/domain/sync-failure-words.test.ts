import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '@/lib/domain/sync-status';
import { describeFailure, describeSync } from '@/lib/domain/sync-status-words';

const NOW = new Date('2026-11-30T15:00:00Z');
const base: SyncStatus = { phase: 'idle', pulled: 0, intervalMinutes: 5 };
const ZONE = 'Europe/Paris';

describe('describeFailure', () => {
  it('a failing sync: the reason, since when and the next try in local time, and "retry"', () => {
    const status: SyncStatus = {
      ...base,
      phase: 'error',
      lastResult: 'error',
      lastError: 'Can’t reach the server. Trying again at 15:10 UTC.',
      failingSince: '2026-11-30T14:40:00Z',
      nextRetryAt: '2026-11-30T15:10:00Z',
    };
    expect(describeFailure(status, NOW, ZONE)).toEqual({
      reason: 'Can’t reach the server.',
      when: 'Since 3:40 PM. Trying again at 4:10 PM.',
      action: 'retry',
    });
    // The footer's one line says the same, with no UTC time left in it.
    expect(describeSync(status, NOW, ZONE).text).toBe(
      'Can’t reach the server. Since 3:40 PM. Trying again at 4:10 PM.',
    );
  });

  it('a paused sync (token refused) points at the settings, with no next try', () => {
    expect(
      describeFailure(
        {
          ...base,
          phase: 'paused',
          lastResult: 'error',
          lastError: 'The server rejected the API token',
          failingSince: '2026-11-30T14:40:00Z',
          nextRetryAt: '2026-11-30T15:10:00Z',
        },
        NOW,
        ZONE,
      ),
    ).toEqual({
      reason: 'The server rejected the API token.',
      when: 'Since 3:40 PM.',
      action: 'settings',
    });
  });

  it('nothing while syncing or after a good sync', () => {
    expect(
      describeFailure({ ...base, phase: 'syncing', lastResult: 'error' }, NOW),
    ).toBeUndefined();
    expect(describeFailure({ ...base, lastResult: 'ok' }, NOW)).toBeUndefined();
    expect(describeFailure(null, NOW)).toBeUndefined();
  });
});

describe('a run waiting to retry a failed request', () => {
  it('is a failure with its next try, not "Syncing…"', () => {
    const status: SyncStatus = {
      ...base,
      phase: 'syncing',
      pulled: 0,
      lastError: 'Can’t reach the server',
      nextRetryAt: '2026-11-30T15:00:20Z',
    };
    expect(describeSync(status, NOW, ZONE)).toEqual({
      text: 'Can’t reach the server. Trying again at 4:00 PM.',
      tone: 'error',
    });
  });
});
