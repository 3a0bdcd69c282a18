import { describe, expect, it } from 'vitest';
import { combineSignals } from '@/lib/domain/health/combine';
import {
  DEFAULT_HEALTH_THRESHOLDS,
  DEFAULT_HEALTH_WEIGHTS,
  healthWord,
  resolveHealthSettings,
} from '@/lib/domain/health/settings';

const reading = (signal: 'activeDays' | 'trend' | 'recency', value: number | undefined) =>
  value === undefined ? { signal, value } : { signal, value, detail: signal };

describe('health weights and thresholds', () => {
  it('uses the defaults for a workspace without health', () => {
    expect(resolveHealthSettings(undefined)).toEqual({
      weights: DEFAULT_HEALTH_WEIGHTS,
      thresholds: DEFAULT_HEALTH_THRESHOLDS,
    });
  });

  it('takes the workspace weights it names and keeps the defaults for the rest', () => {
    const s = resolveHealthSettings({ weights: { trend: 0, recency: 50 } });
    expect(s.weights).toEqual({ ...DEFAULT_HEALTH_WEIGHTS, trend: 0, recency: 50 });
    expect(s.thresholds).toEqual(DEFAULT_HEALTH_THRESHOLDS);
    expect(
      resolveHealthSettings({ weights: {}, thresholds: { good: 80, atRisk: 30 } }).thresholds,
    ).toEqual({ good: 80, atRisk: 30 });
  });

  it('words: Good at or above good, At risk below atRisk, Watch between', () => {
    const t = { good: 70, atRisk: 40 };
    expect(healthWord(70, t)).toBe('Good');
    expect(healthWord(69, t)).toBe('Watch');
    expect(healthWord(40, t)).toBe('Watch');
    expect(healthWord(39, t)).toBe('At risk');
  });

  it('weights the signals and says which raised and which lowered the score', () => {
    const weights = { ...DEFAULT_HEALTH_WEIGHTS, activeDays: 3, trend: 1, recency: 0 };
    const s = combineSignals(
      [reading('activeDays', 1), reading('trend', 0), reading('recency', 1)],
      weights,
      DEFAULT_HEALTH_THRESHOLDS,
    );
    // 3/4 × 100 + 1/4 × 0; recency weighs nothing.
    expect(s?.score).toBe(75);
    expect(s?.word).toBe('Good');
    expect(s?.factors.map((f) => [f.signal, f.effect])).toEqual([
      ['activeDays', 37.5],
      ['trend', -12.5],
    ]);
    expect(50 + (s?.factors.reduce((a, f) => a + f.effect, 0) ?? 0)).toBe(75);
  });

  it('leaves unknown signals out and lets the others share their weight', () => {
    const s = combineSignals(
      [reading('activeDays', 0.5), reading('trend', undefined)],
      DEFAULT_HEALTH_WEIGHTS,
      DEFAULT_HEALTH_THRESHOLDS,
    );
    expect(s).toMatchObject({ score: 50, word: 'Watch', unknown: ['trend'] });
    expect(s?.factors[0]?.share).toBe(1);
  });

  it('has no score when nothing weighted is known', () => {
    expect(
      combineSignals(
        [reading('trend', undefined)],
        DEFAULT_HEALTH_WEIGHTS,
        DEFAULT_HEALTH_THRESHOLDS,
      ),
    ).toBeUndefined();
    expect(
      combineSignals(
        [reading('trend', 1)],
        { ...DEFAULT_HEALTH_WEIGHTS, trend: 0 },
        DEFAULT_HEALTH_THRESHOLDS,
      ),
    ).toBeUndefined();
  });
});
