import type { Day } from './types';

// Calendar days in an IANA time zone. Day arithmetic works on the calendar itself (UTC dates
// as plain counters), so it never depends on the machine's zone or on DST.

const MS_PER_DAY = 86_400_000;
/** UTC offsets and their changes are whole quarter hours (every zone since 1972), so the
 * calendar day is constant within a 15-minute UTC slot and can be cached per slot. */
const SLOT_MS = 15 * 60_000;
const MAX_CACHED_SLOTS = 200_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const slotCache = new Map<string, Map<number, Day>>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const NO_ZONE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(:\d{2}(\.\d+)?)?)$/;

function toMillis(ts: string | number | Date): number {
  if (typeof ts === 'number') return ts;
  if (ts instanceof Date) return ts.getTime();
  // A date-time without an offset would otherwise be read in the machine's zone; treat it as UTC.
  const local = NO_ZONE.exec(ts);
  return Date.parse(local ? `${local[1]}T${local[2]}Z` : ts);
}

function formatDay(ms: number, timeZone: string): Day {
  let year = '';
  let month = '';
  let day = '';
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year.padStart(4, '0')}-${month}-${day}`;
}

/**
 * The calendar day of an instant in `timeZone`. A bare 'YYYY-MM-DD' is already a calendar day
 * and is returned as is; an ISO date-time without an offset is read as UTC.
 * Throws a RangeError for an unreadable timestamp or an unknown zone.
 */
export function dayOf(ts: string | number | Date, timeZone: string): Day {
  if (typeof ts === 'string' && DAY_ONLY.test(ts)) return ts;
  const ms = toMillis(ts);
  if (!Number.isFinite(ms)) throw new RangeError(`Not a valid timestamp: ${String(ts)}`);
  const slot = Math.floor(ms / SLOT_MS);
  let cache = slotCache.get(timeZone);
  if (!cache) {
    cache = new Map();
    slotCache.set(timeZone, cache);
  }
  const cached = cache.get(slot);
  if (cached !== undefined) return cached;
  const day = formatDay(slot * SLOT_MS, timeZone);
  if (cache.size >= MAX_CACHED_SLOTS) cache.clear();
  cache.set(slot, day);
  return day;
}

export function today(now: Date, timeZone: string): Day {
  return dayOf(now, timeZone);
}

/** Days since 1970-01-01 (negative before). */
export function dayNumber(day: Day): number {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function dayFromNumber(n: number): Day {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(day: Day, n: number): Day {
  return dayFromNumber(dayNumber(day) + n);
}

/** `to - from` in calendar days. */
export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}

/** Every day from `from` to `to`, both included, ascending; empty when `to` is before `from`. */
export function dayRange(from: Day, to: Day): Day[] {
  const start = dayNumber(from);
  const end = dayNumber(to);
  const days: Day[] = [];
  for (let n = start; n <= end; n++) days.push(dayFromNumber(n));
  return days;
}

/** The Monday on or before `day`. */
export function weekStart(day: Day): Day {
  const n = dayNumber(day);
  // 1970-01-01 was a Thursday: (n + 3) mod 7 is 0 on Mondays.
  const sinceMonday = (((n + 3) % 7) + 7) % 7;
  return dayFromNumber(n - sinceMonday);
}
