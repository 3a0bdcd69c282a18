import { normaliseEmail } from '../../domain/email';
import { entitySchemas } from '../../protocol/schemas';
import type { Rep } from '../auth/secrets';
import type { Sql } from '../db/driver';
import { MAX_EMAIL_LENGTH } from '../ingest/segment-map';
import {
  deleteEntity,
  getEntity,
  lockFeed,
  type Row,
  userIdByEmail,
  writeEntities,
} from './changes';

// The push endpoints of the protocol, as functions of (transaction, id, body). Every one is
// idempotent: repeating a request gives the same state and the same answer.

export interface PushResult {
  status: number;
  body?: unknown;
  error?: { code: string; message: string };
}

const refuse = (status: number, code: string, message: string): PushResult => ({
  status,
  error: { code, message },
});
const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates a body with the extension's own wire schema; the stored row is its output. */
function validate<T extends keyof typeof entitySchemas>(type: T, body: unknown): Row | PushResult {
  const parsed = entitySchemas[type].safeParse(body);
  if (parsed.success) return parsed.data as unknown as Row;
  const issue = parsed.error.issues[0];
  const path = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return refuse(422, 'invalid', `Invalid ${type}: ${path}${issue?.message ?? 'invalid'}`);
}
const isResult = (v: Row | PushResult): v is PushResult => 'status' in v && 'error' in v;

async function store(tx: Sql, type: string, row: Row, existed: boolean): Promise<PushResult> {
  await lockFeed(tx);
  await writeEntities(tx, type, [row]);
  return { status: existed ? 200 : 201, body: await getEntity(tx, type, String(row.id)) };
}

function sameId(id: string, body: unknown): PushResult | undefined {
  if (!isObject(body)) return refuse(400, 'bad_request', 'The body must be a JSON object.');
  if (body.id !== undefined && body.id !== id)
    return refuse(400, 'bad_request', 'The id in the body differs from the id in the URL.');
  return undefined;
}

export async function putNote(tx: Sql, id: string, body: unknown, rep: Rep): Promise<PushResult> {
  const bad = sameId(id, body);
  if (bad) return bad;
  const row = validate('note', { ...(body as Row), id });
  if (isResult(row)) return row;
  if (!row.userId && !row.accountId)
    return refuse(422, 'invalid', 'A note needs a user or an account.');
  // The rep whose token wrote it is the author unless the client named one.
  if (!row.author) row.author = rep.name;
  const existed = Boolean(await getEntity(tx, 'note', id));
  return store(tx, 'note', row, existed);
}

export async function putEnrollment(
  tx: Sql,
  id: string,
  body: unknown,
): Promise<PushResult & { created?: Row }> {
  const bad = sameId(id, body);
  if (bad) return bad;
  const existing = await getEntity(tx, 'enrollment', id);
  const input = body as Row;
  const row = validate('enrollment', {
    ...input,
    id,
    status: input.status ?? existing?.status ?? 'active',
  });
  if (isResult(row)) return row;
  if (!(await getEntity(tx, 'cadence', String(row.cadenceId))))
    return refuse(409, 'conflict', 'That cadence no longer exists.');
  if (!(await getEntity(tx, 'user', String(row.userId))))
    return refuse(409, 'conflict', 'That user no longer exists.');
  const result = await store(tx, 'enrollment', row, Boolean(existing));
  return existing ? result : { ...result, created: row };
}

export async function patchUser(tx: Sql, id: string, body: unknown): Promise<PushResult> {
  const user = await getEntity(tx, 'user', id);
  if (!user) return refuse(404, 'not_found', `No user ${id}.`);
  if (!isObject(body)) return refuse(400, 'bad_request', 'The body must be a JSON object.');
  const next: Row = { ...user };
  for (const key of ['roleId', 'personaId'] as const)
    if (key in body) {
      if (body[key] === null) delete next[key];
      else next[key] = body[key];
    }
  if ('customFields' in body) {
    if (body.customFields !== null && !isObject(body.customFields))
      return refuse(422, 'invalid', 'customFields must be an object.');
    // Merged: the extension sends the whole map, so merging and replacing agree for it.
    next.customFields = {
      ...(isObject(user.customFields) ? user.customFields : {}),
      ...(body.customFields ?? {}),
    };
  }
  const row = validate('user', next);
  if (isResult(row)) return row;
  const result = await store(tx, 'user', row, true);
  return { ...result, status: 200 };
}

export async function putUser(tx: Sql, id: string, body: unknown): Promise<PushResult> {
  const bad = sameId(id, body);
  if (bad) return bad;
  const row = validate('user', { ...(body as Row), id });
  if (isResult(row)) return row;
  if (typeof row.email === 'string' && row.email.length > MAX_EMAIL_LENGTH)
    return refuse(
      422,
      'invalid',
      `Invalid user: email is longer than ${MAX_EMAIL_LENGTH} characters.`,
    );
  const email = normaliseEmail(row.email as string | undefined);
  if (email) {
    const owner = await userIdByEmail(tx, email);
    if (owner && owner !== id)
      return refuse(409, 'email_taken', `The email ${email} already belongs to user ${owner}.`);
  }
  const existed = Boolean(await getEntity(tx, 'user', id));
  return store(tx, 'user', row, existed);
}

export async function putTaxonomy(
  tx: Sql,
  type: 'role' | 'persona',
  id: string,
  body: unknown,
): Promise<PushResult> {
  const bad = sameId(id, body);
  if (bad) return bad;
  const row = validate(type, { ...(body as Row), id });
  if (isResult(row)) return row;
  if (!String(row.name).trim()) return refuse(422, 'invalid', `A ${type} needs a name.`);
  return store(tx, type, row, Boolean(await getEntity(tx, type, id)));
}

/** DELETE of a note, role or persona: 204, or 404 when there was nothing (also done). */
export async function deleteOne(tx: Sql, type: string, id: string): Promise<PushResult> {
  await lockFeed(tx);
  return (await deleteEntity(tx, type, id))
    ? { status: 204 }
    : refuse(404, 'not_found', `No ${type} ${id}.`);
}
