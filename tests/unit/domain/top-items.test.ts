import { describe, expect, it } from 'vitest';
import { topFeatures, topModules } from '@/lib/domain/top-items';
import { defs, noon, rollup } from './builders';

describe('topFeatures and topModules', () => {
  const rollups = [
    rollup('u', '2026-03-01', 1, { features: { Old: 100 }, modules: { Old: 100 } }), // today − 14: out
    rollup('u', '2026-03-02', 1, {
      features: { Reports: 3, Export: 2 },
      modules: { Analytics: 5 },
    }),
    rollup('u', '2026-03-15', 1, {
      features: { Export: 1, Dashboards: 3, Alerts: 3 },
      modules: { Admin: 5 },
    }),
  ];
  const now = noon('2026-03-15');

  it('sums the last 14 days, count desc then name asc', () => {
    expect(topFeatures(rollups, defs(), now)).toEqual([
      { name: 'Alerts', count: 3 },
      { name: 'Dashboards', count: 3 },
      { name: 'Export', count: 3 },
      { name: 'Reports', count: 3 },
    ]);
    expect(topModules(rollups, defs(), now)).toEqual([
      { name: 'Admin', count: 5 },
      { name: 'Analytics', count: 5 },
    ]);
  });

  it('keeps at most `limit` items and follows `days`', () => {
    expect(topFeatures(rollups, defs(), now, { limit: 2 }).map((i) => i.name)).toEqual([
      'Alerts',
      'Dashboards',
    ]);
    expect(topFeatures(rollups, defs(), now, { days: 1 })).toEqual([
      { name: 'Alerts', count: 3 },
      { name: 'Dashboards', count: 3 },
      { name: 'Export', count: 1 },
    ]);
    expect(topModules([], defs(), now)).toEqual([]);
  });

  it('limits to ten by default', () => {
    const features = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`F${String(i).padStart(2, '0')}`, 12 - i]),
    );
    const top = topFeatures([rollup('u', '2026-03-15', 1, { features })], defs(), now);
    expect(top).toHaveLength(10);
    expect(top[0]).toEqual({ name: 'F00', count: 12 });
    expect(top[9]).toEqual({ name: 'F09', count: 3 });
  });
});
