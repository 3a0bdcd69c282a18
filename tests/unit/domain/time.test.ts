import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOf,
  dayRange,
  daysBetween,
  isValidTimeZone,
  today,
  weekStart,
} from '@/lib/domain/time';

/** The calendar day straight from the platform's formatter, with no cache in between. */
const uncachedDayOf = (ms: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ms);

describe('dayOf', () => {
  it('gives the calendar day in a non-UTC zone', () => {
    // 03:30Z is 22:30 the evening before in New York (UTC-5 until the DST change at 07:00Z).
    expect(dayOf('2026-03-08T03:30:00Z', 'America/New_York')).toBe('2026-03-07');
    expect(dayOf('2026-03-08T03:30:00Z', 'UTC')).toBe('2026-03-08');
    expect(dayOf('2026-03-08T03:30:00Z', 'Asia/Tokyo')).toBe('2026-03-08');
    expect(dayOf('2026-03-08T15:30:00Z', 'Asia/Tokyo')).toBe('2026-03-09');
  });

  it('moves midnight by an hour across the spring DST change', () => {
    const ny = 'America/New_York';
    // Before the change midnight is 05:00Z (EST), after it 04:00Z (EDT).
    expect(dayOf('2026-03-08T04:59:59Z', ny)).toBe('2026-03-07');
    expect(dayOf('2026-03-08T05:00:00Z', ny)).toBe('2026-03-08');
    expect(dayOf('2026-03-09T03:59:59Z', ny)).toBe('2026-03-08');
    expect(dayOf('2026-03-09T04:00:00Z', ny)).toBe('2026-03-09');
  });

  it('keeps the 25-hour day whole at the autumn DST change', () => {
    const ny = 'America/New_York';
    expect(dayOf('2026-11-01T03:59:59Z', ny)).toBe('2026-10-31');
    expect(dayOf('2026-11-01T04:00:00Z', ny)).toBe('2026-11-01');
    expect(dayOf('2026-11-02T04:59:59Z', ny)).toBe('2026-11-01');
    expect(dayOf('2026-11-02T05:00:00Z', ny)).toBe('2026-11-02');
  });

  it('handles quarter-hour zones', () => {
    // Kathmandu is UTC+5:45: 18:14Z is 23:59, 18:15Z is midnight.
    expect(dayOf('2026-05-10T18:14:59Z', 'Asia/Kathmandu')).toBe('2026-05-10');
    expect(dayOf('2026-05-10T18:15:00Z', 'Asia/Kathmandu')).toBe('2026-05-11');
  });

  it('accepts numbers, Dates and offsets; reads an offset-less time as UTC', () => {
    const ms = Date.UTC(2026, 2, 8, 3, 30);
    expect(dayOf(ms, 'America/New_York')).toBe('2026-03-07');
    expect(dayOf(new Date(ms), 'America/New_York')).toBe('2026-03-07');
    expect(dayOf('2026-03-07T23:30:00-05:00', 'UTC')).toBe('2026-03-08');
    expect(dayOf('2026-03-08T03:30:00', 'America/New_York')).toBe('2026-03-07');
    expect(dayOf('2026-03-08 03:30:00', 'America/New_York')).toBe('2026-03-07');
    expect(dayOf('2026-03-08 03:30:00.250', 'UTC')).toBe('2026-03-08');
  });

  it('returns a bare day unchanged, whatever the zone', () => {
    expect(dayOf('2026-03-08', 'America/Los_Angeles')).toBe('2026-03-08');
  });

  it('throws a RangeError on an unreadable timestamp or zone', () => {
    expect(() => dayOf('yesterday', 'UTC')).toThrow(RangeError);
    expect(() => dayOf('2026-03-08T03:30:00Z', 'Mars/Olympus')).toThrow(RangeError);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
  });

  it('agrees with the uncached formatter for any instant (the slot cache is exact)', () => {
    const zones = [
      'America/New_York',
      'Europe/London',
      'Asia/Kathmandu',
      'Australia/Lord_Howe',
      'America/St_Johns',
      'Pacific/Chatham',
    ];
    const from = Date.UTC(2000, 0, 1);
    const to = Date.UTC(2040, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), fc.constantFrom(...zones), (ms, zone) => {
        expect(dayOf(ms, zone)).toBe(uncachedDayOf(ms, zone));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('today', () => {
  it('is the day of now in the zone', () => {
    expect(today(new Date('2026-01-01T02:00:00Z'), 'America/Chicago')).toBe('2025-12-31');
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months, years, leap days and DST changes', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-31', -29)).toBe('2026-03-02');
    expect(addDays('2026-05-05', 0)).toBe('2026-05-05');
  });

  it('counts days between two days', () => {
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysBetween('2026-03-31', '2026-03-01')).toBe(-30);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('lists an inclusive ascending range, empty when reversed', () => {
    expect(dayRange('2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(dayRange('2026-03-02', '2026-03-02')).toEqual(['2026-03-02']);
    expect(dayRange('2026-03-03', '2026-03-02')).toEqual([]);
  });

  it('finds the Monday on or before a day', () => {
    expect(weekStart('2026-03-09')).toBe('2026-03-09'); // a Monday
    expect(weekStart('2026-03-15')).toBe('2026-03-09'); // the Sunday after
    expect(weekStart('2026-03-11')).toBe('2026-03-09');
    expect(weekStart('2026-01-01')).toBe('2025-12-29'); // a Thursday
    expect(weekStart('1969-12-31')).toBe('1969-12-29');
  });

  it('round-trips addDays and daysBetween', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -20000, max: 20000 }),
        fc.integer({ min: -800, max: 800 }),
        (a, n) => {
          const day = addDays('2000-01-01', a);
          expect(daysBetween(day, addDays(day, n))).toBe(n);
          expect(daysBetween(weekStart(day), day)).toBeGreaterThanOrEqual(0);
          expect(daysBetween(weekStart(day), day)).toBeLessThan(7);
        },
      ),
    );
  });
});
