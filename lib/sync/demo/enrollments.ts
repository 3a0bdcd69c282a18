import type { Day, Enrollment } from '../../domain/types';
import { isoAt, shiftDay } from './days';
import type { DemoPerson } from './people';
import { createRng, type Rng } from './prng';

type Status = Enrollment['status'];

function statusFor(rng: Rng, daysAgo: number): Status {
  if (daysAgo < 14) return 'active';
  return rng.weighted<Status>([
    ['active', 2],
    ['completed', 5],
    ['stopped', 1],
  ]);
}

/** Cadence enrolments that fit each person: onboarding for zombies, win-back for inactive… */
export function buildDemoEnrollments(people: DemoPerson[], anchor: Day): Enrollment[] {
  const rng = createRng('demo-enrollments-v1');
  const out: Enrollment[] = [];
  const add = (p: DemoPerson, cadenceId: string, daysAgo: number, status?: Status) => {
    out.push({
      id: `enr-${String(out.length + 1).padStart(3, '0')}`,
      cadenceId,
      userId: p.id,
      createdAt: isoAt(shiftDay(anchor, -daysAgo), rng.int(13, 20), rng.int(0, 59)),
      status: status ?? statusFor(rng, daysAgo),
    });
  };
  for (const [i, p] of people.entries()) {
    if (i === 0) {
      add(p, 'cad-champions', 9, 'active');
      add(p, 'cad-automation-launch', 40, 'completed');
      continue;
    }
    if (i === 1) {
      add(p, 'cad-win-back', 6, 'active');
      continue;
    }
    if (p.kind === 'zombie' && rng.chance(0.5))
      add(p, 'cad-onboarding', rng.int(1, Math.min(40, p.createdDaysAgo)));
    if (p.kind === 'inactive' && rng.chance(0.4))
      add(p, 'cad-win-back', rng.int(1, p.profile.stopDaysAgo - 5));
    if (p.crmContact && (p.kind === 'power' || p.kind === 'active') && rng.chance(0.3))
      add(p, 'cad-champions', rng.int(1, 60));
    if (p.personaId === 'persona-economic-buyer' && rng.chance(0.5))
      add(p, rng.pick(['cad-renewal', 'cad-exec-qbr']), rng.int(1, 90));
    if (p.kind === 'power' && rng.chance(0.25)) add(p, 'cad-automation-launch', rng.int(1, 60));
  }
  return out;
}
