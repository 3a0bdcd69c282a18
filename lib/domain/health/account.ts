import type { Day } from '../types';
import { combineSignals, type HealthScore, type SignalReading } from './combine';
import { type PersonHealthInput, personReadings, type Reading, windowFacts } from './person';
import type { HealthSignalId, ResolvedHealthSettings } from './settings';
import { keyPeopleSignal, seatsSignal } from './signals';

// An account's health on a given day: each person's signals averaged over its people, plus
// seats in use against licences and the share of its key people (influencers, power users)
// who are active. Deactivated people are left out by the caller.

export interface AccountMember extends PersonHealthInput {
  /** An influencer or power user: someone whose activity matters most to the account. */
  key: boolean;
}

export interface AccountHealthInput {
  members: readonly AccountMember[];
  licences?: number;
}

export function accountReadings(input: AccountHealthInput, day: Day): Reading[] {
  const sums = new Map<HealthSignalId, { total: number; n: number }>();
  let active = 0;
  let key = 0;
  let activeKey = 0;
  for (const m of input.members) {
    for (const r of personReadings(m, day)) {
      if (r.value === undefined) continue;
      const s = sums.get(r.signal) ?? { total: 0, n: 0 };
      s.total += r.value;
      s.n += 1;
      sums.set(r.signal, s);
    }
    const isActive = windowFacts(m.days, day, m.windowDays).current > 0;
    if (isActive) active += 1;
    if (m.key) {
      key += 1;
      if (isActive) activeKey += 1;
    }
  }
  const averaged = (['activeDays', 'trend', 'breadth', 'milestones', 'recency'] as const).map(
    (signal): Reading => {
      const s = sums.get(signal);
      if (!s) return { signal, value: undefined };
      const value = s.total / s.n;
      return {
        signal,
        value,
        detail: `${Math.round(value * 100)}% on average across ${s.n} ${s.n === 1 ? 'person' : 'people'}`,
      };
    },
  );
  const seats = seatsSignal(active, input.licences);
  const keyPeople = keyPeopleSignal(activeKey, key);
  return [
    ...averaged,
    seats === undefined
      ? { signal: 'seats', value: undefined }
      : ({
          signal: 'seats',
          value: seats,
          detail: `${active} of ${input.licences} licences in use`,
        } satisfies SignalReading),
    keyPeople === undefined
      ? { signal: 'keyPeople', value: undefined }
      : ({
          signal: 'keyPeople',
          value: keyPeople,
          detail: `${activeKey} of ${key} influencers and power users active`,
        } satisfies SignalReading),
  ];
}

/** The account's score on `day`; undefined when it has no people and no licence figure. */
export function accountHealth(
  input: AccountHealthInput,
  day: Day,
  settings: ResolvedHealthSettings,
): HealthScore | undefined {
  return combineSignals(accountReadings(input, day), settings.weights, settings.thresholds);
}
