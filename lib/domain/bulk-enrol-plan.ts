import type { Cadence, Enrollment, User } from './types';

// What a bulk enrolment will do, worked out before anything is written, so the rep confirms a
// plan that says who is skipped and why. Same rule as one enrolment: one active enrolment of a
// person per cadence; a completed or stopped one does not keep them from being enrolled again.

export type EnrolSkipReason = 'already-in' | 'deactivated' | 'unknown';

export interface BulkEnrolPlan {
  cadence: Cadence;
  /** People the selection named, each once. */
  selected: number;
  /** User ids to enrol, in selection order. */
  enrol: string[];
  skipped: { userId: string; reason: EnrolSkipReason }[];
  /** "Enrol 14 people in Winback; 3 are already in it and will be skipped" */
  summary: string;
}

const people = (n: number) => (n === 1 ? '1 person' : `${n} people`);
const areOrIs = (n: number) => (n === 1 ? 'is' : 'are');

export function planBulkEnrolment(input: {
  selection: readonly string[];
  cadence: Cadence;
  users: ReadonlyMap<string, Pick<User, 'id' | 'deactivated'>>;
  /** Enrolments of (at least) the selected people. */
  enrollments: readonly Pick<Enrollment, 'userId' | 'cadenceId' | 'status'>[];
}): BulkEnrolPlan {
  const inCadence = new Set(
    input.enrollments
      .filter((e) => e.cadenceId === input.cadence.id && e.status === 'active')
      .map((e) => e.userId),
  );
  const unique = [...new Set(input.selection)];
  const enrol: string[] = [];
  const skipped: BulkEnrolPlan['skipped'] = [];
  for (const userId of unique) {
    const user = input.users.get(userId);
    const reason: EnrolSkipReason | undefined = !user
      ? 'unknown'
      : user.deactivated
        ? 'deactivated'
        : inCadence.has(userId)
          ? 'already-in'
          : undefined;
    if (reason) skipped.push({ userId, reason });
    else enrol.push(userId);
  }
  return {
    cadence: input.cadence,
    selected: unique.length,
    enrol,
    skipped,
    summary: enrolSummary(input.cadence.name, unique.length, skipped),
  };
}

function enrolSummary(
  cadence: string,
  selected: number,
  skipped: BulkEnrolPlan['skipped'],
): string {
  const count = (r: EnrolSkipReason) => skipped.filter((s) => s.reason === r).length;
  const parts = [
    [count('already-in'), (n: number) => `${n} ${areOrIs(n)} already in it`],
    [count('deactivated'), (n: number) => `${n} ${areOrIs(n)} deactivated`],
    [count('unknown'), (n: number) => `${n} ${areOrIs(n)} no longer in the workspace`],
  ] as const;
  const reasons = parts.filter(([n]) => n > 0).map(([n, say]) => say(n));
  const head = `Enrol ${people(selected)} in ${cadence}`;
  if (reasons.length === 0) return head;
  const list =
    reasons.length === 1 ? reasons[0] : `${reasons.slice(0, -1).join(', ')} and ${reasons.at(-1)}`;
  const nobody = skipped.length === selected;
  return `${head}; ${list} and will be skipped${nobody ? ', so nobody will be enrolled' : ''}`;
}
