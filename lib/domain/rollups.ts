import { addCounts, bump, countOf, fromMap, single, subtractCounts } from './counts';
import { dayOf } from './time';
import type { ActivityDay, ActivityEvent } from './types';

/** The event name that marks a login (sync protocol). */
const LOGIN_EVENT = 'login';

function durationOf(event: ActivityEvent): number {
  const d = event.durationSec;
  return typeof d === 'number' && Number.isFinite(d) && d > 0 ? d : 0;
}

/** One event's contribution to its user's rollup of its day (in `timeZone`). */
export function eventContribution(event: ActivityEvent, timeZone: string): ActivityDay {
  const day: ActivityDay = {
    userId: event.userId,
    day: dayOf(event.ts, timeZone),
    events: 1,
    logins: event.name === LOGIN_EVENT ? 1 : 0,
    durationSec: durationOf(event),
    names: single(event.name),
  };
  if (event.feature) day.features = single(event.feature);
  if (event.module) day.modules = single(event.module);
  return day;
}

/**
 * a + b (same user and day). `names` survives only when both sides have it: a sum with a
 * side that lacks per-name counts would undercount filtered activity.
 */
export function addRollups(a: ActivityDay | undefined, b: ActivityDay): ActivityDay {
  if (!a) return normalise({ ...b });
  const sum: ActivityDay = {
    userId: b.userId,
    day: b.day,
    events: a.events + b.events,
    logins: a.logins + b.logins,
    durationSec: a.durationSec + b.durationSec,
  };
  const features = addCounts(a.features, b.features);
  const modules = addCounts(a.modules, b.modules);
  if (features) sum.features = features;
  if (modules) sum.modules = modules;
  if (a.names && b.names) sum.names = addCounts(a.names, b.names) ?? {};
  return normalise(sum);
}

/** a - b; undefined when no event is left (the rollup should be deleted). */
export function subtractRollups(a: ActivityDay, b: ActivityDay): ActivityDay | undefined {
  const events = a.events - b.events;
  if (events <= 0) return undefined;
  const rest: ActivityDay = {
    userId: a.userId,
    day: a.day,
    events,
    logins: Math.max(0, a.logins - b.logins),
    durationSec: Math.max(0, a.durationSec - b.durationSec),
  };
  const features = subtractCounts(a.features, b.features);
  const modules = subtractCounts(a.modules, b.modules);
  if (features) rest.features = features;
  if (modules) rest.modules = modules;
  if (a.names) rest.names = subtractCounts(a.names, b.names) ?? {};
  return rest;
}

/** Drops empty feature/module maps so equal rollups compare equal. */
function normalise(day: ActivityDay): ActivityDay {
  if (day.features && Object.keys(day.features).length === 0) delete day.features;
  if (day.modules && Object.keys(day.modules).length === 0) delete day.modules;
  return day;
}

interface Accumulator {
  userId: string;
  day: string;
  events: number;
  logins: number;
  durationSec: number;
  features: Map<string, number>;
  modules: Map<string, number>;
  names: Map<string, number>;
}

/**
 * Daily rollups of raw events, sorted by user then day. Idempotent: an event id seen twice
 * counts once (the first copy wins), so re-delivered pages never inflate counts.
 */
export function rollupEvents(events: Iterable<ActivityEvent>, timeZone: string): ActivityDay[] {
  const seen = new Set<string>();
  const byKey = new Map<string, Accumulator>();
  for (const event of events) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    const day = dayOf(event.ts, timeZone);
    const key = `${event.userId}\u0000${day}`;
    let acc = byKey.get(key);
    if (!acc) {
      acc = {
        userId: event.userId,
        day,
        events: 0,
        logins: 0,
        durationSec: 0,
        features: new Map(),
        modules: new Map(),
        names: new Map(),
      };
      byKey.set(key, acc);
    }
    acc.events += 1;
    if (event.name === LOGIN_EVENT) acc.logins += 1;
    acc.durationSec += durationOf(event);
    bump(acc.names, event.name);
    if (event.feature) bump(acc.features, event.feature);
    if (event.module) bump(acc.modules, event.module);
  }
  const out: ActivityDay[] = [];
  for (const acc of byKey.values()) {
    const day: ActivityDay = {
      userId: acc.userId,
      day: acc.day,
      events: acc.events,
      logins: acc.logins,
      durationSec: acc.durationSec,
      names: fromMap(sorted(acc.names)),
    };
    if (acc.features.size > 0) day.features = fromMap(sorted(acc.features));
    if (acc.modules.size > 0) day.modules = fromMap(sorted(acc.modules));
    out.push(day);
  }
  return out.sort(compareRollups);
}

function sorted(map: Map<string, number>): Map<string, number> {
  return new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function compareRollups(a: ActivityDay, b: ActivityDay): number {
  if (a.userId !== b.userId) return a.userId < b.userId ? -1 : 1;
  return a.day < b.day ? -1 : a.day > b.day ? 1 : 0;
}

/**
 * Activity count of a day under the definitions, the same in both granularities (sync
 * protocol): every event when no `activityEvents` filter is set; otherwise the sum of the
 * per-name counts over the filter. A rollup without `names` (a "day" backend that left them
 * out) counts only what it proves: its `logins` when `login` is an activity event, nothing for
 * other names, so a user who only viewed reports is never Active under a login-only definition.
 */
export function activityCount(day: ActivityDay, activityEvents: string[]): number {
  if (activityEvents.length === 0) return day.events;
  if (!day.names) return activityEvents.includes(LOGIN_EVENT) ? day.logins : 0;
  let sum = 0;
  for (const name of activityEvents) sum += countOf(day.names, name);
  return sum;
}
