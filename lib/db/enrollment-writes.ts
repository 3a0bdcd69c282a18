import type { Enrollment } from '../domain/types';
import { localWrite, recordLocalWrite } from './local-write';

export type EnrollResult = { ok: true; enrollment: Enrollment } | { ok: false; reason: string };

/** Adds a user to a cadence locally and queues its PUT; one active enrolment per cadence. */
export function enrollUser(input: { cadenceId: string; userId: string }): Promise<EnrollResult> {
  return localWrite('enrollments', async (db): Promise<EnrollResult> => {
    const existing = await db.enrollments.where('userId').equals(input.userId).toArray();
    if (existing.some((e) => e.cadenceId === input.cadenceId && e.status === 'active'))
      return { ok: false, reason: 'Already in this cadence' };
    const enrollment: Enrollment = {
      id: crypto.randomUUID(),
      cadenceId: input.cadenceId,
      userId: input.userId,
      createdAt: new Date().toISOString(),
      status: 'active',
    };
    const { status: _status, ...body } = enrollment;
    await recordLocalWrite(db, 'enrollments', enrollment.id, {
      kind: 'enrollment.put',
      method: 'PUT',
      path: `/v1/enrollments/${encodeURIComponent(enrollment.id)}`,
      body,
    });
    await db.enrollments.put(enrollment);
    return { ok: true, enrollment };
  });
}

/** Stops an active enrolment: the same PUT with `status: "stopped"` (sync protocol). */
export function stopEnrollment(id: string): Promise<EnrollResult> {
  return localWrite('enrollments', async (db): Promise<EnrollResult> => {
    const current = await db.enrollments.get(id);
    if (!current) return { ok: false, reason: 'This enrolment is no longer in the workspace' };
    if (current.status !== 'active') return { ok: false, reason: 'It is not active any more' };
    const enrollment: Enrollment = { ...current, status: 'stopped' };
    await recordLocalWrite(db, 'enrollments', id, {
      kind: 'enrollment.put',
      method: 'PUT',
      path: `/v1/enrollments/${encodeURIComponent(id)}`,
      body: {
        id,
        cadenceId: enrollment.cadenceId,
        userId: enrollment.userId,
        createdAt: enrollment.createdAt,
        status: 'stopped',
      },
    });
    await db.enrollments.put(enrollment);
    return { ok: true, enrollment };
  });
}
