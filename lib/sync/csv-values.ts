import type { CustomFieldValue } from '../domain/types';

// Value checks shared by the users and events files. Each returns the clean value or a
// problem phrased for the person who wrote the file.

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;
const CANONICAL = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const EXAMPLE = '(use ISO 8601, e.g. 2026-11-02T09:14:00Z)';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && leap ? 29 : (DAYS_IN_MONTH[m - 1] ?? 31);
}

/**
 * An ISO 8601 time with an offset (or Z), normalised to UTC `…Z`. With `dateOnly`, a plain
 * date also passes (midnight UTC): fine for "created at", too vague for an event.
 */
export function checkDateTime(column: string, raw: string, dateOnly = false): Checked<string> {
  // Fast path for the commonest form (2026-11-02T09:14:00Z): no Date object needed.
  if (raw.length === 20 && CANONICAL.test(raw)) {
    const month = Number(raw.slice(5, 7));
    const day = Number(raw.slice(8, 10));
    if (
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(Number(raw.slice(0, 4)), month) &&
      Number(raw.slice(11, 13)) <= 23 &&
      Number(raw.slice(14, 16)) <= 59 &&
      Number(raw.slice(17, 19)) <= 59
    )
      return { ok: true, value: `${raw.slice(0, 19)}.000Z` };
  }
  const text = raw.trim();
  const m = ISO.exec(text);
  const kind = dateOnly ? 'a date' : 'a date-time';
  const bad = (why = `is not ${kind} ${EXAMPLE}`): Checked<string> => ({
    ok: false,
    problem: `${column} "${raw}" ${why}`,
  });
  if (!m) return bad();
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return bad('is not a real calendar date');
  if (h === undefined) {
    if (!dateOnly) return bad(`has no time ${EXAMPLE}`);
    return { ok: true, value: `${y}-${mo}-${d}T00:00:00.000Z` };
  }
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)
    return bad('is not a real time of day');
  if (!zone) return bad('has no time zone (add Z for UTC or an offset such as +01:00)');
  const sign = zone.startsWith('-') ? -1 : 1;
  const offsetMinutes =
    zone.toUpperCase() === 'Z'
      ? 0
      : sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const millis = frac ? Math.floor(Number(`0${frac}`) * 1000) : 0;
  const ms =
    Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s ?? 0), millis) -
    offsetMinutes * 60_000;
  return { ok: true, value: new Date(ms).toISOString() };
}

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/** true/false, yes/no, 1/0 (any case); empty = absent. */
export function checkBoolean(column: string, raw: string): Checked<boolean | undefined> {
  const text = raw.trim().toLowerCase();
  if (text === '') return { ok: true, value: undefined };
  if (TRUE.has(text)) return { ok: true, value: true };
  if (FALSE.has(text)) return { ok: true, value: false };
  return { ok: false, problem: `${column} "${raw}" must be true or false` };
}

/** A number of seconds ≥ 0; empty = absent. */
export function checkDuration(column: string, raw: string): Checked<number | undefined> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: undefined };
  const n = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !Number.isFinite(n))
    return { ok: false, problem: `${column} "${raw}" is not a number of seconds (e.g. 120)` };
  return { ok: true, value: n };
}

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/**
 * Custom field values are typed per column, so one column never mixes types: numbers when
 * every non-empty value is a number, booleans when every one is true/false, else text.
 * Empty cells become null (the field exists but has no value).
 */
export function typeCustomColumn(values: string[]): CustomFieldValue[] {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  const allNumbers = filled.length > 0 && filled.every((v) => NUMBER.test(v));
  const allBooleans = filled.length > 0 && filled.every((v) => /^(true|false)$/i.test(v));
  return values.map((raw) => {
    const v = raw.trim();
    if (v === '') return null;
    if (allNumbers) return Number(v);
    if (allBooleans) return v.toLowerCase() === 'true';
    return raw;
  });
}
