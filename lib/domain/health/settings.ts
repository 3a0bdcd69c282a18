import type { HealthSettings, HealthSignal } from '../types';

// The weights and words of the health score. A workspace may weight the signals (sync
// protocol, workspace `health`); what it leaves out keeps the default below.

/** Every signal of a score: the protocol's six, and the share of key people who are active. */
export type HealthSignalId = HealthSignal | 'keyPeople';

export type HealthWord = 'Good' | 'Watch' | 'At risk';

export interface HealthThresholds {
  /** Good at or above. */
  good: number;
  /** At risk below. */
  atRisk: number;
}

export interface ResolvedHealthSettings {
  weights: Record<HealthSignalId, number>;
  thresholds: HealthThresholds;
}

/**
 * Use (active days, recency) weighs most; trend, breadth and milestones say where it is going.
 * The account-only signals (seats, keyPeople) are left out of a person's score. `keyPeople` is
 * not in the protocol, so a workspace cannot change it; it shares nothing with `seats`.
 */
export const DEFAULT_HEALTH_WEIGHTS: Readonly<Record<HealthSignalId, number>> = {
  activeDays: 25,
  recency: 20,
  trend: 15,
  breadth: 15,
  milestones: 15,
  seats: 10,
  keyPeople: 10,
};

export const DEFAULT_HEALTH_THRESHOLDS: Readonly<HealthThresholds> = { good: 70, atRisk: 40 };

/** The workspace's weights and thresholds over the defaults (absent `health`: all defaults). */
export function resolveHealthSettings(health?: HealthSettings): ResolvedHealthSettings {
  return {
    weights: { ...DEFAULT_HEALTH_WEIGHTS, ...(health?.weights ?? {}) },
    thresholds: { ...(health?.thresholds ?? DEFAULT_HEALTH_THRESHOLDS) },
  };
}

/** Good at or above `good`, At risk below `atRisk`, Watch in between. */
export function healthWord(score: number, t: HealthThresholds): HealthWord {
  if (score >= t.good) return 'Good';
  if (score < t.atRisk) return 'At risk';
  return 'Watch';
}
