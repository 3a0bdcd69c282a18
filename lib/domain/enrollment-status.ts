import type { Enrollment } from './types';

/** An enrolment's status in words, the same on the cadence list and in the feeds. */
export const ENROLLMENT_STATUS_LABELS: Readonly<Record<Enrollment['status'], string>> = {
  active: 'Active',
  completed: 'Completed',
  stopped: 'Stopped',
};
