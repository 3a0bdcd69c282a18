import { addRollups, subtractRollups } from '../domain/rollups';
import type { ActivityDay, Day } from '../domain/types';

// What a page does to one daily rollup, in feed order: the fold records these without the
// stored rollups, and they are applied once those are read (one bulk read for the page).

export type RollupOp =
  /** An activityDay change from the server: the rollup becomes this (undefined: deleted). */
  | { set: ActivityDay | undefined }
  /** An event's contribution arrives (+1) or leaves (-1). */
  | { add: ActivityDay }
  | { subtract: ActivityDay };

export interface RollupOps {
  userId: string;
  day: Day;
  ops: RollupOp[];
}

const rollupKey = (userId: string, day: Day) => `${userId}\u0000${day}`;

export function pushRollupOp(
  all: Map<string, RollupOps>,
  userId: string,
  day: Day,
  op: RollupOp,
): void {
  const key = rollupKey(userId, day);
  const entry = all.get(key) ?? { userId, day, ops: [] };
  all.set(key, entry);
  entry.ops.push(op);
}

/**
 * The rollup after its ops, from the stored one; `touched` is false when no op changed it (a
 * contribution leaving a rollup that does not exist), and then nothing is written.
 */
export function applyRollupOps(
  stored: ActivityDay | undefined,
  ops: readonly RollupOp[],
): { value: ActivityDay | undefined; touched: boolean } {
  let value = stored;
  let touched = false;
  for (const op of ops) {
    if ('set' in op) value = op.set;
    else if ('add' in op) value = addRollups(value, op.add);
    else if (value) value = subtractRollups(value, op.subtract);
    else continue;
    touched = true;
  }
  return { value, touched };
}
