import { daysBetween, today } from './time';
import type { Cadence, Enrollment } from './types';

// "Step 2 of 5 · next step Tue 10:00": where a person is in an active cadence, as the sending
// tool reported it (PATCH /v1/enrollments). Says nothing it was not told.

function when(at: Date, now: Date, timeZone: string): string {
  const days = Math.abs(daysBetween(today(now, timeZone), today(at, timeZone)));
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  const date = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    ...(days >= 6 ? { day: 'numeric', month: 'short' } : {}),
  }).format(at);
  return `${date.replace(',', '')} ${time}`;
}

/** The progress line of an active enrolment; undefined when the tool reported nothing. */
export function cadenceProgressLine(
  enrollment: Pick<Enrollment, 'status' | 'currentStep' | 'nextStepAt'>,
  cadence: Pick<Cadence, 'stepCount'> | undefined,
  now: Date,
  timeZone: string,
): string | undefined {
  if (enrollment.status !== 'active') return undefined;
  const parts: string[] = [];
  if (enrollment.currentStep !== undefined) {
    const of = cadence?.stepCount ? ` of ${cadence.stepCount}` : '';
    parts.push(`Step ${enrollment.currentStep}${of}`);
  }
  const next = enrollment.nextStepAt ? new Date(enrollment.nextStepAt) : undefined;
  if (next && !Number.isNaN(next.getTime()))
    parts.push(
      next.getTime() >= now.getTime()
        ? `next step ${when(next, now, timeZone)}`
        : `next step was due ${when(next, now, timeZone)}`,
    );
  return parts.length ? parts.join(' · ') : undefined;
}
