import { z } from 'zod';
import { entitySchemas } from '../../protocol/schemas';
import type { Sql } from '../db/driver';
import { getEntity, lockFeed, type Row, writeEntities } from './changes';
import type { PushResult } from './pushes';

// PATCH /v1/enrollments/{id} from the sending tool (the enrolment webhook's receiver): where
// the person is in the cadence. Only these fields; `null` clears one; other keys are ignored
// (the person and cadence of an enrolment never change). Unlike the feed, which reads such
// fields leniently, a value that does not read is refused here so the sender learns of it.

const time = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not an ISO 8601 time');
const progress = z.object({
  currentStep: z.number().int().min(1).nullable().optional(),
  nextStepAt: time.nullable().optional(),
  lastStepAt: time.nullable().optional(),
  status: z.enum(['active', 'completed', 'stopped']).optional(),
});

const refuse = (status: number, code: string, message: string): PushResult => ({
  status,
  error: { code, message },
});

export async function patchEnrollmentProgress(
  tx: Sql,
  id: string,
  body: unknown,
): Promise<PushResult> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return refuse(400, 'bad_request', 'The body must be a JSON object.');
  const parsed = progress.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return refuse(422, 'invalid', `Invalid progress: ${path}${issue?.message ?? 'invalid'}`);
  }
  await lockFeed(tx);
  const current = await getEntity(tx, 'enrollment', id);
  if (!current) return refuse(404, 'not_found', `No enrollment ${id}.`);
  const next: Row = { ...current };
  for (const [key, value] of Object.entries(parsed.data)) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  const row = entitySchemas.enrollment.parse(next) as unknown as Row;
  await writeEntities(tx, 'enrollment', [row]);
  return { status: 200, body: await getEntity(tx, 'enrollment', id) };
}
