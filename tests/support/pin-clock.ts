import { vi } from 'vitest';

/** Noon, local time, on an ordinary day: minutes either side are the same local day anywhere. */
export const LOCAL_NOON = new Date(2026, 2, 10, 12, 0, 0);

/**
 * Pins the clock (only `Date`: timers stay real, so waits and Dexie work as usual) at `at`,
 * moving on from there in real time. Tests that format or compare times pin it, so they read
 * the same at 23:58 and in any timezone. Undone by `vi.useRealTimers()`.
 */
export function pinClock(at: Date = LOCAL_NOON): Date {
  vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
  vi.setSystemTime(at);
  return at;
}
