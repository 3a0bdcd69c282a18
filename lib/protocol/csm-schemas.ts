import { z } from 'zod';
import type { HealthSettings, HealthSignal, Task } from '../domain/types';
import { compact, customFields, day, id, lenient, opt, time } from './primitives';

// The customer-success fields of the protocol (account facts, health settings, cadence
// progress, tasks). All were added after v1 shipped, so every one is optional and a value of
// the wrong shape costs that field, not the entity.

const SIGNALS: readonly HealthSignal[] = [
  'activeDays',
  'trend',
  'breadth',
  'milestones',
  'recency',
  'seats',
];

const score = z.number().finite().min(0).max(100);

/**
 * Workspace `health`: weights that are not non-negative numbers are left out (the default
 * applies to that signal); thresholds are kept only when `atRisk` ≤ `good`, both in 0–100.
 */
export const healthSettings = z
  .unknown()
  .optional()
  .transform((raw): HealthSettings | undefined => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
    const o = raw as Record<string, unknown>;
    const weights: HealthSettings['weights'] = {};
    const w = o.weights;
    if (typeof w === 'object' && w !== null)
      for (const signal of SIGNALS) {
        const v = (w as Record<string, unknown>)[signal];
        if (typeof v === 'number' && Number.isFinite(v) && v >= 0) weights[signal] = v;
      }
    const t = z.object({ good: score, atRisk: score }).safeParse(o.thresholds);
    const thresholds =
      t.success && t.data.atRisk <= t.data.good
        ? { good: t.data.good, atRisk: t.data.atRisk }
        : undefined;
    return compact({ weights, thresholds });
  });

const currency = z
  .string()
  .regex(/^[A-Za-z]{3}$/)
  .transform((c) => c.toUpperCase());

/** Account facts a CSM looks for; merged into the account schema. */
export const accountFacts = {
  arr: lenient(z.number().finite().nonnegative()),
  currency: lenient(currency),
  plan: lenient(z.string().trim().min(1)),
  renewalDate: lenient(day),
  ownerEmail: lenient(z.string().trim().min(1)),
  customFields: lenient(customFields),
};

/** Where a person is in a cadence, as the sending tool reports it; merged into enrollment. */
export const enrollmentProgress = {
  currentStep: lenient(z.number().int().min(1)),
  nextStepAt: lenient(time),
  lastStepAt: lenient(time),
  enrolledBy: lenient(z.string().trim().min(1)),
};

export const task = z
  .object({
    id,
    title: z.string(),
    dueDate: lenient(day),
    userId: opt(id),
    accountId: opt(id),
    assigneeEmail: opt(z.string()),
    done: opt(z.boolean()),
    author: opt(z.string()),
    createdAt: time,
    updatedAt: time,
  })
  .transform((t): Task => compact({ ...t, done: t.done ?? false }));
