import type { HealthSignalId, HealthThresholds, HealthWord } from './settings';
import { healthWord } from './settings';

// A score from signal values and weights. Signals that are unknown (or weighted 0) drop out
// and the others share their weight, so the score says nothing about what is not known.

export interface SignalReading {
  signal: HealthSignalId;
  /** 0 (worst) to 1 (best). */
  value: number;
  /** What the value is made of, in words ("12 active days of the last 30"). */
  detail: string;
}

export interface HealthFactor extends SignalReading {
  /** The signal's share of the weights in force, 0–1. */
  share: number;
  /**
   * Points it moved the score from the midpoint (50): the score is 50 plus the sum of every
   * factor's effect, so a positive effect raised it and a negative one lowered it.
   */
  effect: number;
}

export interface HealthScore {
  /** 0–100, whole. */
  score: number;
  word: HealthWord;
  /** Factors in force, the one that moved the score most first. */
  factors: HealthFactor[];
  /** Signals left out because they are not known or do not apply. */
  unknown: HealthSignalId[];
}

export function combineSignals(
  readings: readonly (SignalReading | { signal: HealthSignalId; value: undefined })[],
  weights: Readonly<Record<HealthSignalId, number>>,
  thresholds: HealthThresholds,
): HealthScore | undefined {
  const known = readings.filter(
    (r): r is SignalReading => r.value !== undefined && (weights[r.signal] ?? 0) > 0,
  );
  const unknown = readings.filter((r) => r.value === undefined).map((r) => r.signal);
  const total = known.reduce((sum, r) => sum + weights[r.signal], 0);
  if (total <= 0) return undefined;
  const factors = known.map((r): HealthFactor => {
    const share = weights[r.signal] / total;
    return { ...r, share, effect: share * (r.value - 0.5) * 100 };
  });
  const raw = 50 + factors.reduce((sum, f) => sum + f.effect, 0);
  // Rounded to a tenth first: sums of shares must not turn 69.99999 into a different word.
  const score = Math.min(100, Math.max(0, Math.round(Math.round(raw * 10) / 10)));
  factors.sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
  return { score, word: healthWord(score, thresholds), factors, unknown };
}
