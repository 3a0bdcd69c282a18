import { activityCount } from './rollups';
import { addDays, dayOf, today } from './time';
import type { ActivityDay, Cadence, Day, Definitions, Enrollment, Note, User } from './types';

export interface Touchpoint {
  at: string;
  kind: 'note' | 'enrollment';
  label: string;
}

export interface UserMetrics {
  createdOn: Day;
  firstActiveOn?: Day;
  lastActiveOn?: Day;
  activeDaysWindow: number;
  activeDaysAllTime: number;
  windowCount: number;
  timeSpentSec: number;
  timeSpentWindowSec: number;
  lastTouchpoint?: Touchpoint;
}

/**
 * The user page's figures. Active days are days with activity under the definitions; days
 * after today are ignored. Time spent counts every event's duration. The last touchpoint is
 * the latest note about this user or enrolment of this user (by creation time; editing a note
 * later is not a new touchpoint). Notes and enrolments of other users are ignored.
 */
export function userMetrics(input: {
  user: User;
  rollups: ActivityDay[];
  notes: Note[];
  enrollments: Enrollment[];
  cadences?: Cadence[];
  defs: Definitions;
  now: Date;
}): UserMetrics {
  const { defs, user } = input;
  const end = today(input.now, defs.timezone);
  const after = addDays(end, -defs.windowDays);
  const m: UserMetrics = {
    createdOn: safeDay(user.createdAt, defs.timezone) ?? end,
    activeDaysWindow: 0,
    activeDaysAllTime: 0,
    windowCount: 0,
    timeSpentSec: 0,
    timeSpentWindowSec: 0,
  };
  for (const r of input.rollups) {
    if (r.day > end) continue;
    const inWindow = r.day > after;
    m.timeSpentSec += r.durationSec;
    if (inWindow) m.timeSpentWindowSec += r.durationSec;
    const count = activityCount(r, defs.activityEvents);
    if (count <= 0) continue;
    m.activeDaysAllTime += 1;
    if (m.firstActiveOn === undefined || r.day < m.firstActiveOn) m.firstActiveOn = r.day;
    if (m.lastActiveOn === undefined || r.day > m.lastActiveOn) m.lastActiveOn = r.day;
    if (inWindow) {
      m.activeDaysWindow += 1;
      m.windowCount += count;
    }
  }
  const touchpoint = lastTouchpoint(user.id, input.notes, input.enrollments, input.cadences ?? []);
  if (touchpoint) m.lastTouchpoint = touchpoint;
  return m;
}

function lastTouchpoint(
  userId: string,
  notes: Note[],
  enrollments: Enrollment[],
  cadences: Cadence[],
): Touchpoint | undefined {
  let best: { ms: number; point: Touchpoint } | undefined;
  const consider = (at: string, point: () => Touchpoint) => {
    const ms = Date.parse(at);
    if (!Number.isFinite(ms)) return;
    if (!best || ms > best.ms) best = { ms, point: point() };
  };
  for (const note of notes) {
    if (note.userId !== userId) continue;
    consider(note.createdAt, () => ({ at: note.createdAt, kind: 'note', label: noteLabel(note) }));
  }
  for (const e of enrollments) {
    if (e.userId !== userId) continue;
    const cadence = cadences.find((c) => c.id === e.cadenceId);
    consider(e.createdAt, () => ({
      at: e.createdAt,
      kind: 'enrollment',
      label: cadence ? `Added to cadence “${cadence.name}”` : 'Added to a cadence',
    }));
  }
  return best?.point;
}

export function noteLabel(note: Note): string {
  const title = note.title.trim();
  return title ? `${note.type} note: ${title}` : `${note.type} note`;
}

function safeDay(ts: string, timeZone: string): Day | undefined {
  try {
    return dayOf(ts, timeZone);
  } catch {
    return undefined;
  }
}
