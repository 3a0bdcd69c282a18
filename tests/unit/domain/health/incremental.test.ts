import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountHealth } from '@/lib/domain/health/account';
import { applyHealthDay, buildHealthDays, type HealthDays } from '@/lib/domain/health/health-days';
import { personHealth } from '@/lib/domain/health/person';
import { resolveHealthSettings } from '@/lib/domain/health/settings';
import { addDays } from '@/lib/domain/time';
import type { ActivityDay } from '@/lib/domain/types';

// The store applies rollup changes one by one (sync pages, local recomputation); the health
// days it keeps must give the score a rebuild from the final rollups gives.

const TODAY = '2026-11-30';
const settings = resolveHealthSettings({ weights: { breadth: 30 } });
const EVENTS = ['login', 'export'];

const change = fc.record({
  userId: fc.constantFrom('u1', 'u2', 'u3'),
  back: fc.integer({ min: 0, max: 100 }),
  gone: fc.boolean(),
  login: fc.nat({ max: 5 }),
  other: fc.nat({ max: 5 }),
  features: fc.option(fc.subarray(['a', 'b', 'c', 'd', 'e', 'f']), { nil: undefined }),
});

describe('health computed incrementally', () => {
  it('equals health computed from all rollups, for people and their account', () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 80 }), fc.boolean(), (changes, filtered) => {
        const activity = filtered ? EVENTS : [];
        const store = new Map<string, ActivityDay>();
        const incremental = new Map<string, HealthDays>();
        for (const c of changes) {
          const day = addDays(TODAY, -c.back);
          const key = `${c.userId}/${day}`;
          const r: ActivityDay | undefined = c.gone
            ? undefined
            : {
                userId: c.userId,
                day,
                events: c.login + c.other,
                logins: c.login,
                durationSec: 0,
                names: { login: c.login, report: c.other },
                ...(c.features
                  ? { features: Object.fromEntries(c.features.map((f) => [f, 1])) }
                  : {}),
              };
          if (r) store.set(key, r);
          else store.delete(key);
          const days = incremental.get(c.userId) ?? new Map();
          incremental.set(c.userId, days);
          applyHealthDay(days, day, r, activity);
        }
        const users = ['u1', 'u2', 'u3'];
        const full = new Map(
          users.map((u) => [
            u,
            buildHealthDays(
              [...store.values()].filter((r) => r.userId === u),
              activity,
            ),
          ]),
        );
        for (const u of users) {
          const inc = incremental.get(u) ?? new Map();
          expect(inc).toEqual(full.get(u));
          for (const day of [TODAY, addDays(TODAY, -45)])
            expect(personHealth({ days: inc, windowDays: 30 }, day, settings)).toEqual(
              personHealth({ days: full.get(u) ?? new Map(), windowDays: 30 }, day, settings),
            );
        }
        const members = (m: Map<string, HealthDays>) =>
          users.map((u, i) => ({ days: m.get(u) ?? new Map(), windowDays: 30, key: i === 0 }));
        expect(
          accountHealth({ members: members(incremental), licences: 2 }, TODAY, settings),
        ).toEqual(accountHealth({ members: members(full), licences: 2 }, TODAY, settings));
      }),
      { numRuns: 150 },
    );
  });
});
