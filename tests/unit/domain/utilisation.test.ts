import { describe, expect, it } from 'vitest';
import { utilisationSeries } from '@/lib/domain/utilisation';
import { defs, noon, rollup } from './builders';

describe('utilisationSeries', () => {
  it('has one point per login day in the range, oldest first', () => {
    const rollups = [
      rollup('u', '2026-03-20', 6, { logins: 2, durationSec: 300 }),
      rollup('u', '2026-02-19', 1, { logins: 1 }), // today − 30: out
      rollup('u', '2026-02-20', 4, { logins: 1, durationSec: 60 }),
      rollup('u', '2026-03-01', 5, { logins: 0 }), // no login: no point
    ];
    expect(utilisationSeries(rollups, defs(), noon('2026-03-21'), 30)).toEqual([
      { day: '2026-02-20', logins: 1, events: 4, durationSec: 60 },
      { day: '2026-03-20', logins: 2, events: 6, durationSec: 300 },
    ]);
    expect(utilisationSeries(rollups, defs(), noon('2026-03-21'), 7)).toEqual([
      { day: '2026-03-20', logins: 2, events: 6, durationSec: 300 },
    ]);
  });
});
