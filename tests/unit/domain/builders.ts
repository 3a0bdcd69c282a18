import { DEFAULT_DEFINITIONS } from '@/lib/domain/definitions';
import type { ActivityDay, ActivityEvent, Definitions, User } from '@/lib/domain/types';

// Small builders for hand-worked domain tests: only what a test states differs from the default.

export function defs(overrides: Partial<Definitions> = {}): Definitions {
  return { ...DEFAULT_DEFINITIONS, ...overrides };
}

let nextEvent = 0;
export function ev(userId: string, ts: string, extra: Partial<ActivityEvent> = {}): ActivityEvent {
  nextEvent += 1;
  return { id: `e${nextEvent}`, userId, ts, name: 'click', ...extra };
}

export function user(id: string, extra: Partial<User> = {}): User {
  return { id, createdAt: '2026-01-01T00:00:00Z', ...extra };
}

/** A rollup of `events` events (all of one name, default "click") on `day`. */
export function rollup(
  userId: string,
  day: string,
  events: number,
  extra: Partial<ActivityDay> = {},
): ActivityDay {
  return { userId, day, events, logins: 0, durationSec: 0, names: { click: events }, ...extra };
}

/** Noon UTC on `day`: the same calendar day in UTC and in the Americas. */
export function noon(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}
