import type { ActivityEvent, Day } from '../../domain/types';
import { DEMO_EVENT_KINDS } from './catalog';
import { dayDiff, isoAt, weekdayOf } from './days';
import type { DemoPerson } from './people';
import { createRng } from './prng';

const WEEKEND_FACTOR = 0.12;

/**
 * One person's events on one day. Seeded by (person, day) rather than by position in a long
 * random stream, so any day can be generated on its own: the first sync and the later top-ups
 * (days that pass after the anchor) give exactly the same events for the same day.
 * Times fall between 13:00 and 21:00 UTC: the same calendar day in UTC and New York.
 */
export function eventsForDay(person: DemoPerson, day: Day, anchor: Day): ActivityEvent[] {
  const { profile } = person;
  if (person.kind === 'zombie' || profile.dayChance === 0) return [];
  const daysAgo = dayDiff(day, anchor);
  // stopDaysAgo 0 = still active: such people keep going on the days after the anchor too.
  if (daysAgo > profile.startDaysAgo) return [];
  if (profile.stopDaysAgo > 0 && daysAgo < profile.stopDaysAgo) return [];
  if (daysAgo > person.createdDaysAgo) return [];
  const rng = createRng(`${person.id}|${day}`);
  const weekend = weekdayOf(day) === 0 || weekdayOf(day) === 6;
  if (!rng.chance(profile.dayChance * (weekend ? WEEKEND_FACTOR : 1))) return [];

  const count = rng.int(profile.perDay[0], profile.perDay[1]);
  const kinds = DEMO_EVENT_KINDS.map((k) => [k, profile.moduleWeights[k[2]] ?? 0] as const).filter(
    ([, w]) => w > 0,
  );
  const events: ActivityEvent[] = [];
  let minute = rng.int(0, 180);
  for (let i = 0; i < count; i++) {
    const ts = isoAt(day, 13 + Math.floor(minute / 60), minute % 60, rng.int(0, 59));
    const id = `${person.id}-${day}-${i}`;
    if (i === 0) {
      events.push({ id, userId: person.id, ts, name: 'login', durationSec: rng.int(5, 30) });
    } else {
      const [name, feature, module] = rng.weighted(kinds);
      events.push({
        id,
        userId: person.id,
        ts,
        name,
        feature,
        module,
        durationSec: rng.int(20, 600),
      });
    }
    minute += rng.int(1, 12);
  }
  return events;
}
