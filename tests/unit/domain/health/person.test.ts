import { describe, expect, it } from 'vitest';
import { buildHealthDays } from '@/lib/domain/health/health-days';
import { milestoneHealthInput } from '@/lib/domain/health/milestone-input';
import { personHealth } from '@/lib/domain/health/person';
import { resolveHealthSettings } from '@/lib/domain/health/settings';
import { healthChange, healthDrops, healthTrend } from '@/lib/domain/health/trend';
import { addDays } from '@/lib/domain/time';
import type { ActivityDay, AdoptionMilestone } from '@/lib/domain/types';
import { rollup } from '../builders';

const TODAY = '2026-11-30';
const defaults = resolveHealthSettings(undefined);

/** One rollup every `every` days over the `span` days ending `end`, with these features. */
function steady(end: string, span: number, every: number, features: string[]): ActivityDay[] {
  const out: ActivityDay[] = [];
  for (let back = 0; back < span; back += every)
    out.push(
      rollup('u', addDays(end, -back), 4, {
        features: Object.fromEntries(features.map((f) => [f, 1])),
      }),
    );
  return out;
}

const health = (
  rollups: ActivityDay[],
  settings = defaults,
  milestones?: { applicable: number; reachedOn: string[] },
) =>
  personHealth(
    { days: buildHealthDays(rollups, []), windowDays: 30, ...(milestones ? { milestones } : {}) },
    TODAY,
    settings,
  );

describe('person health', () => {
  it('is Good for steady, broad, recent use', () => {
    // Every other day for 60 days: 15 active days in each window, 5 features, active today.
    const s = health(steady(TODAY, 60, 2, ['a', 'b', 'c', 'd', 'e']));
    // activeDays 1, recency 1, breadth 1, trend 0.5 (steady): 100 − 15/75 × 50 = 90.
    expect(s?.score).toBe(90);
    expect(s?.word).toBe('Good');
    expect(s?.unknown).toEqual(['milestones']);
    expect(s?.factors.find((f) => f.signal === 'trend')?.effect).toBe(0);
  });

  it('is At risk with nothing to go on but a long silence', () => {
    const s = health([rollup('u', '2026-06-01', 3, { features: { a: 1 } })]);
    expect(s?.score).toBe(0);
    expect(s?.word).toBe('At risk');
    expect(s?.factors.find((f) => f.signal === 'recency')?.detail).toBe('Last active 182 days ago');
  });

  it('says which signals lowered a falling score', () => {
    // Busy 31–60 days ago, only twice in the last 30.
    const rollups = [
      ...steady(addDays(TODAY, -30), 30, 1, ['a', 'b']),
      rollup('u', addDays(TODAY, -20), 1),
      rollup('u', addDays(TODAY, -10), 1),
    ];
    const s = health(rollups);
    const lowered = s?.factors.filter((f) => f.effect < 0).map((f) => f.signal);
    const raised = s?.factors.filter((f) => f.effect > 0).map((f) => f.signal);
    expect(lowered).toEqual(['activeDays', 'trend']);
    // Ten days ago is still fairly recent.
    expect(raised).toEqual(['recency']);
    expect(s?.factors.find((f) => f.signal === 'activeDays')?.detail).toBe(
      '2 active days in the last 30 days',
    );
  });

  it('leaves breadth out when the activity carries no feature counts', () => {
    const s = health([rollup('u', TODAY, 5)]);
    expect(s?.unknown).toContain('breadth');
  });

  it('counts milestones reached by the day of the score', () => {
    const rollups = steady(TODAY, 60, 2, ['a', 'b', 'c', 'd', 'e']);
    const none = health(rollups, defaults, { applicable: 2, reachedOn: [] });
    const both = health(rollups, defaults, { applicable: 2, reachedOn: ['2026-10-01', TODAY] });
    const later = health(rollups, defaults, { applicable: 2, reachedOn: ['2026-12-15'] });
    expect(none && both && both.score > none.score).toBe(true);
    expect(later?.score).toBe(none?.score);
  });

  it('follows the workspace weights and thresholds', () => {
    const rollups = [rollup('u', TODAY, 1, { features: { a: 1 } })];
    // Only recency counts: active today is 100.
    const onlyRecency = resolveHealthSettings({
      weights: { activeDays: 0, trend: 0, breadth: 0, milestones: 0, recency: 1 },
    });
    expect(health(rollups, onlyRecency)?.score).toBe(100);
    const base = health(rollups);
    const strict = resolveHealthSettings({ weights: {}, thresholds: { good: 95, atRisk: 90 } });
    expect(base?.word).not.toBe('At risk');
    expect(health(rollups, strict)?.word).toBe('At risk');
  });

  it('takes milestones from the adoption rules that concern the person and can be known', () => {
    const m = (id: string, event: string, roleIds: string[] = []): AdoptionMilestone => ({
      id,
      name: id,
      event,
      count: 1,
      withinWindow: false,
      roleIds,
      personaIds: [],
    });
    const rollups = [rollup('u', '2026-11-02', 1, { names: { export: 1 } })];
    expect(
      milestoneHealthInput(
        [m('a', 'export'), m('b', 'invite'), m('c', 'x', ['r9'])],
        {},
        rollups,
        30,
      ),
    ).toEqual({ applicable: 2, reachedOn: ['2026-11-02'] });
    expect(milestoneHealthInput(undefined, {}, rollups, 30)).toBeUndefined();
  });
});

describe('health trend', () => {
  it('gives a point a week over 90 days and the change of the last week', () => {
    // Active every day until a week ago, then silent.
    const rollups = steady(addDays(TODAY, -7), 120, 1, ['a', 'b', 'c', 'd', 'e']);
    const input = { days: buildHealthDays(rollups, []), windowDays: 30 };
    const at = (day: string) => personHealth(input, day, defaults);
    const line = healthTrend(at, TODAY);
    expect(line).toHaveLength(13);
    expect(line[0]?.day).toBe(addDays(TODAY, -84));
    expect(line.at(-1)?.day).toBe(TODAY);
    const change = healthChange(at, TODAY);
    expect(change?.delta).toBeLessThan(0);
    expect(change?.now).toBe(line.at(-1)?.score);
    expect(change?.before).toBe(line.at(-2)?.score);
  });

  it('has no change when the earlier score is not known', () => {
    const zero = resolveHealthSettings({
      weights: { activeDays: 0, trend: 0, breadth: 0, milestones: 0, recency: 0 },
    });
    const input = { days: buildHealthDays([], []), windowDays: 30 };
    expect(healthChange((d) => personHealth(input, d, zero), TODAY)).toBeUndefined();
    expect(healthTrend((d) => personHealth(input, d, zero), TODAY)[0]).toEqual({
      day: addDays(TODAY, -84),
    });
  });
});

describe('health drops', () => {
  it('lists what fell by the threshold or more this week, largest drop first', () => {
    const change = (delta: number) => ({ now: 50 + delta, before: 50, delta });
    const items = [
      { id: 'a', change: change(-12) },
      { id: 'b', change: change(-9) },
      { id: 'c', change: change(-30) },
      { id: 'd', change: change(15) },
      { id: 'e' },
    ];
    expect(healthDrops(items).map((i) => i.id)).toEqual(['c', 'a']);
    expect(healthDrops(items, 5).map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});
