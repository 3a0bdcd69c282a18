import { describe, expect, it } from 'vitest';
import { activityTimeline } from '@/lib/domain/timeline';
import { defs, noon, rollup } from './builders';

const rollups = [
  rollup('u', '2026-01-01', 50), // before the 90-day range
  rollup('u', '2026-03-02', 3, { logins: 1, durationSec: 60, features: { Reports: 2, Export: 1 } }), // Monday
  rollup('u', '2026-03-04', 2, { logins: 1, durationSec: 30, features: { Reports: 2 } }),
  rollup('u', '2026-03-09', 1, { durationSec: 10, features: { Dashboards: 1 } }), // next Monday
];

describe('activityTimeline', () => {
  it('gives 90 zero-filled daily points ending today, oldest first', () => {
    const points = activityTimeline(rollups, defs(), noon('2026-03-10'));
    expect(points).toHaveLength(90);
    expect(points[0]?.start).toBe('2025-12-11');
    expect(points[89]?.start).toBe('2026-03-10');
    expect(points.find((p) => p.start === '2026-03-02')).toEqual({
      start: '2026-03-02',
      events: 3,
      logins: 1,
      durationSec: 60,
      features: 2,
    });
    expect(points.find((p) => p.start === '2026-03-03')).toEqual({
      start: '2026-03-03',
      events: 0,
      logins: 0,
      durationSec: 0,
      features: 0,
    });
  });

  it('groups whole weeks from Monday with distinct features per week', () => {
    const points = activityTimeline(rollups, defs(), noon('2026-03-10'), {
      days: 14,
      granularity: 'weekly',
    });
    // Fourteen days back from Tuesday Mar 10 is Wednesday Feb 25; its week starts Monday Feb 23.
    expect(points).toEqual([
      { start: '2026-02-23', events: 0, logins: 0, durationSec: 0, features: 0 },
      { start: '2026-03-02', events: 5, logins: 2, durationSec: 90, features: 2 },
      { start: '2026-03-09', events: 1, logins: 0, durationSec: 10, features: 1 },
    ]);
  });

  it('counts activity under the definitions', () => {
    const filtered = activityTimeline(
      [rollup('u', '2026-03-09', 4, { names: { login: 1, click: 3 } })],
      defs({ activityEvents: ['click'] }),
      noon('2026-03-10'),
      { days: 2 },
    );
    expect(filtered.map((p) => p.events)).toEqual([3, 0]);
  });
});
