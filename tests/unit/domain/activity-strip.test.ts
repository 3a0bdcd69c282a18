import { describe, expect, it } from 'vitest';
import { activityStrip } from '@/lib/domain/activity-strip';
import { defs, noon, rollup } from './builders';

describe('activityStrip', () => {
  it('covers the last 60 days up to today, oldest first', () => {
    const strip = activityStrip(
      [
        rollup('u', '2026-01-31', 7), // 60 days before today: just outside
        rollup('u', '2026-02-01', 2),
        rollup('u', '2026-03-15', 1, { names: { login: 1 } }),
        rollup('u', '2026-04-01', 3),
      ],
      defs(),
      noon('2026-04-01'),
    );
    expect(strip).toHaveLength(60);
    expect(strip[0]).toEqual({ day: '2026-02-01', active: true, count: 2 });
    expect(strip[59]).toEqual({ day: '2026-04-01', active: true, count: 3 });
    expect(strip.filter((d) => d.active).map((d) => d.day)).toEqual([
      '2026-02-01',
      '2026-03-15',
      '2026-04-01',
    ]);
  });

  it('marks a day with only non-activity events as inactive, and honours the length', () => {
    const strip = activityStrip(
      [rollup('u', '2026-03-15', 1, { names: { login: 1 } })],
      defs({ activityEvents: ['click'] }),
      noon('2026-03-16'),
      7,
    );
    expect(strip.map((d) => d.day)).toEqual([
      '2026-03-10',
      '2026-03-11',
      '2026-03-12',
      '2026-03-13',
      '2026-03-14',
      '2026-03-15',
      '2026-03-16',
    ]);
    expect(strip.find((d) => d.day === '2026-03-15')).toEqual({
      day: '2026-03-15',
      active: false,
      count: 0,
    });
  });

  it('uses today in the workspace zone', () => {
    // 02:00Z on Mar 16 is still Mar 15 in Los Angeles.
    const strip = activityStrip(
      [],
      defs({ timezone: 'America/Los_Angeles' }),
      new Date('2026-03-16T02:00:00Z'),
      1,
    );
    expect(strip).toEqual([{ day: '2026-03-15', active: false, count: 0 }]);
  });
});
