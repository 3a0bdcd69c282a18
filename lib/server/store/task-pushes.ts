import { wireSchemas } from '../../protocol/schemas';
import type { Rep } from '../auth/secrets';
import type { Sql } from '../db/driver';
import { getEntity, lockFeed, type Row, writeEntities } from './changes';
import type { PushResult } from './pushes';

// PUT /v1/tasks/{id}: create, edit or complete a task with the whole task, like a note. The
// DELETE is the notes' deleteOne. Idempotent: the same body again stores the same task.

const refuse = (status: number, code: string, message: string): PushResult => ({
  status,
  error: { code, message },
});

export async function putTask(tx: Sql, id: string, body: unknown, rep: Rep): Promise<PushResult> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return refuse(400, 'bad_request', 'The body must be a JSON object.');
  const input = body as Row;
  if (input.id !== undefined && input.id !== id)
    return refuse(400, 'bad_request', 'The id in the body differs from the id in the URL.');
  const parsed = wireSchemas.task.safeParse({ ...input, id });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return refuse(422, 'invalid', `Invalid task: ${path}${issue?.message ?? 'invalid'}`);
  }
  const row = parsed.data as unknown as Row;
  // The wire schema drops an unreadable due date (a feed must not lose the task over it); a
  // push is refused instead, so the writer learns of it.
  if (input.dueDate != null && row.dueDate === undefined)
    return refuse(422, 'invalid', 'Invalid task: dueDate: not a YYYY-MM-DD day.');
  if (!String(row.title).trim()) return refuse(422, 'invalid', 'A task needs a title.');
  if (!row.userId && !row.accountId)
    return refuse(422, 'invalid', 'A task needs a user or an account.');
  // The rep whose token wrote it is the author unless the client named one.
  if (!row.author) row.author = rep.name;
  const existed = Boolean(await getEntity(tx, 'task', id));
  await lockFeed(tx);
  await writeEntities(tx, 'task', [row]);
  return { status: existed ? 200 : 201, body: await getEntity(tx, 'task', id) };
}
