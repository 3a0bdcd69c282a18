import { describe, expect, it } from 'vitest';
import { userMetrics } from '@/lib/domain/metrics';
import type { Cadence, Enrollment, Note } from '@/lib/domain/types';
import { defs, noon, rollup, user } from './builders';

const note = (id: string, userId: string, createdAt: string, extra: Partial<Note> = {}): Note => ({
  id,
  userId,
  title: 'Renewal',
  body: 'Talked about the renewal',
  type: 'Call',
  createdAt,
  updatedAt: createdAt,
  ...extra,
});
const enrollment = (
  id: string,
  userId: string,
  createdAt: string,
  cadenceId = 'c1',
): Enrollment => ({
  id,
  cadenceId,
  userId,
  createdAt,
  status: 'active',
});
const cadences: Cadence[] = [{ id: 'c1', name: 'Onboarding', scope: 'team', tags: [] }];

describe('userMetrics', () => {
  // Today is 2026-03-31; the 30-day window is (Mar 1, Mar 31].
  const now = noon('2026-03-31');
  const rollups = [
    rollup('u', '2026-01-15', 3, { durationSec: 100 }),
    rollup('u', '2026-03-01', 2, { durationSec: 50 }), // end − W: outside the window
    rollup('u', '2026-03-02', 4, { durationSec: 30 }),
    rollup('u', '2026-03-31', 1, { durationSec: 20, logins: 1, names: { login: 1 } }),
    rollup('u', '2026-04-01', 9, { durationSec: 999 }), // tomorrow: ignored
  ];

  it('computes every figure with hand-worked values', () => {
    const m = userMetrics({
      user: user('u', { createdAt: '2026-02-10T08:00:00Z' }),
      rollups,
      notes: [
        note('n1', 'u', '2026-03-20T10:00:00Z', { updatedAt: '2026-03-30T10:00:00Z' }),
        note('n2', 'other', '2026-03-30T10:00:00Z'),
      ],
      enrollments: [
        enrollment('e1', 'u', '2026-03-25T09:00:00Z'),
        enrollment('e2', 'other', '2026-03-29T09:00:00Z'),
      ],
      cadences,
      defs: defs(),
      now,
    });
    expect(m).toEqual({
      createdOn: '2026-02-10',
      firstActiveOn: '2026-01-15',
      lastActiveOn: '2026-03-31',
      activeDaysWindow: 2,
      activeDaysAllTime: 4,
      windowCount: 5,
      timeSpentSec: 200,
      timeSpentWindowSec: 50,
      lastTouchpoint: {
        at: '2026-03-25T09:00:00Z',
        kind: 'enrollment',
        label: 'Added to cadence “Onboarding”',
      },
    });
  });

  it('counts active days under the activity filter but time spent from every event', () => {
    const m = userMetrics({
      user: user('u'),
      rollups,
      notes: [],
      enrollments: [],
      defs: defs({ activityEvents: ['click'] }),
      now,
    });
    expect(m).toMatchObject({
      lastActiveOn: '2026-03-02',
      activeDaysWindow: 1,
      windowCount: 4,
      timeSpentWindowSec: 50,
    });
    expect(m.lastTouchpoint).toBeUndefined();
  });

  it('takes the latest note when it is newer, and names an unknown cadence plainly', () => {
    const base = { user: user('u'), rollups: [], defs: defs(), now };
    const withNote = userMetrics({
      ...base,
      notes: [note('n1', 'u', '2026-03-28T10:00:00Z')],
      enrollments: [enrollment('e1', 'u', '2026-03-25T09:00:00Z')],
    });
    expect(withNote.lastTouchpoint).toEqual({
      at: '2026-03-28T10:00:00Z',
      kind: 'note',
      label: 'Call note: Renewal',
    });
    const unknown = userMetrics({
      ...base,
      notes: [],
      enrollments: [enrollment('e1', 'u', '2026-03-25T09:00:00Z', 'gone')],
    });
    expect(unknown.lastTouchpoint?.label).toBe('Added to a cadence');
  });

  it('has no active days for a zombie and uses the workspace zone for the created day', () => {
    const m = userMetrics({
      user: user('z', { createdAt: '2026-03-02T03:00:00Z' }),
      rollups: [],
      notes: [],
      enrollments: [],
      defs: defs({ timezone: 'America/New_York' }),
      now,
    });
    expect(m).toEqual({
      createdOn: '2026-03-01',
      activeDaysWindow: 0,
      activeDaysAllTime: 0,
      windowCount: 0,
      timeSpentSec: 0,
      timeSpentWindowSec: 0,
    });
  });
});
