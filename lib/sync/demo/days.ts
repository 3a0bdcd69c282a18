import type { Day } from '../../domain/types';

// Calendar arithmetic on 'YYYY-MM-DD' strings for the generator. Demo events are placed
// between 13:00 and 21:00 UTC, which is the same calendar day in UTC and in the demo
// workspace's America/New_York, so a plain UTC day is enough here.

export { addDays as shiftDay, daysBetween as dayDiff } from '../../domain/time';

export function utcDayOf(date: Date): Day {
  return date.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** An ISO time on `day` at the given UTC hour/minute/second. */
export function isoAt(day: Day, hour: number, minute: number, second = 0): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day}T${pad(hour)}:${pad(minute)}:${pad(second)}Z`;
}

export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
