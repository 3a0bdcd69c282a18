import { isDeepStrictEqual } from 'node:util';
import type { SyncServerState, WireType } from './sync-server-state';

export interface PushOutcome {
  status: number;
  body?: unknown;
  error?: string;
  effect: 'changed' | 'unchanged' | 'refused';
}

type Body = Record<string, unknown>;
const isObject = (v: unknown): v is Body =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const refuse = (status: number, error: string): PushOutcome => ({
  status,
  error,
  effect: 'refused',
});
const str = (v: unknown) => typeof v === 'string' && v.length > 0;

/** The write endpoints of the protocol (PUT /v1/users/{id} included): idempotent, echoed into the feed when they change something. */
export function pushHandlers(
  state: SyncServerState,
  method: string,
  path: string,
  body: unknown,
): PushOutcome {
  const m = /^\/v1\/(notes|enrollments|users|roles|personas)\/([^/]+)$/.exec(path);
  if (!m) return refuse(404, 'No such endpoint.');
  const collection = m[1] as string;
  const id = decodeURIComponent(m[2] as string);
  const types: Record<string, WireType> = {
    notes: 'note',
    enrollments: 'enrollment',
    users: 'user',
    roles: 'role',
    personas: 'persona',
  };
  const type = types[collection] as WireType;

  if (method === 'DELETE' && (type === 'note' || type === 'role' || type === 'persona')) {
    if (!state.get(type, id)) return refuse(404, `No ${type} ${id}.`);
    state.remove(type, id);
    return { status: 204, effect: 'changed' };
  }
  if (method === 'PATCH' && type === 'user') {
    const user = state.get('user', id);
    if (!user) return refuse(404, `No user ${id}.`);
    if (!isObject(body)) return refuse(400, 'The body must be a JSON object.');
    const next: Body = { ...user };
    for (const key of ['roleId', 'personaId'] as const)
      if (key in body) {
        if (body[key] === null) delete next[key];
        else if (str(body[key])) next[key] = body[key];
        else return refuse(422, `${key} must be a string or null.`);
      }
    if ('segment' in body) {
      if (body.segment === null) delete next.segment;
      else if (typeof body.segment === 'string') next.segment = body.segment;
      else return refuse(422, 'segment must be a string or null.');
    }
    if ('customFields' in body) {
      if (!isObject(body.customFields)) return refuse(422, 'customFields must be an object.');
      next.customFields = {
        ...(isObject(user.customFields) ? user.customFields : {}),
        ...body.customFields,
      };
    }
    return store(state, 'user', next, 200);
  }
  if (method !== 'PUT') return refuse(405, 'Method not allowed.');
  if (!isObject(body) || body.id !== id)
    return refuse(400, 'The body must be the entity with the id of the URL.');
  if (type === 'user') return putUser(state, body);
  if (type === 'note') {
    for (const k of ['title', 'body', 'type', 'createdAt', 'updatedAt'])
      if (typeof body[k] !== 'string') return refuse(422, `A note needs ${k}.`);
    if (!(body.userId || body.accountId)) return refuse(422, 'A note needs a user or an account.');
    return store(
      state,
      'note',
      pick(body, [
        'id',
        'userId',
        'accountId',
        'title',
        'body',
        'type',
        'author',
        'createdAt',
        'updatedAt',
      ]),
    );
  }
  if (type === 'enrollment') {
    if (!str(body.cadenceId) || !str(body.userId) || !str(body.createdAt))
      return refuse(422, 'An enrollment needs cadenceId, userId and createdAt.');
    if (!state.get('cadence', body.cadenceId as string))
      return refuse(409, 'That cadence no longer exists.');
    const existing = state.get('enrollment', id);
    return store(state, 'enrollment', {
      ...pick(body, ['id', 'cadenceId', 'userId', 'createdAt']),
      status: existing?.status ?? 'active',
    });
  }
  if (!str(body.name)) return refuse(422, `A ${type} needs a name.`);
  return store(state, type, pick(body, ['id', 'name', 'description']));
}

const emailOf = (u: Body) => (typeof u.email === 'string' ? u.email.trim().toLowerCase() : '');
const USER_FIELDS = [
  'id',
  'email',
  'firstName',
  'lastName',
  'title',
  'phone',
  'timezone',
  'accountId',
  'roleId',
  'personaId',
  'segment',
  'createdAt',
  'crmContact',
  'crmIds',
  'customFields',
];

/** A product user added by hand: 409 when another user already has the email. */
function putUser(state: SyncServerState, body: Body): PushOutcome {
  if (!str(body.createdAt)) return refuse(422, 'A user needs createdAt.');
  const email = emailOf(body);
  if (!email) return refuse(422, 'A user added by hand needs an email.');
  const owner = state
    .list('user')
    .find((u) => u.id !== body.id && emailOf(u) === email && u.deactivated !== true);
  if (owner) {
    const name = [owner.firstName, owner.lastName].filter(Boolean).join(' ') || String(owner.id);
    return refuse(409, `The email ${email} already belongs to ${name} (user ${owner.id}).`);
  }
  return store(state, 'user', pick(body, USER_FIELDS));
}

function store(state: SyncServerState, type: WireType, next: Body, okStatus?: number): PushOutcome {
  const existing = state.get(type, String(next.id));
  if (existing && isDeepStrictEqual(existing, next))
    return { status: okStatus ?? 200, body: existing, effect: 'unchanged' };
  state.upsert(type, next);
  return { status: okStatus ?? (existing ? 200 : 201), body: next, effect: 'changed' };
}

function pick(body: Body, keys: string[]): Body {
  const out: Body = {};
  for (const k of keys) if (body[k] !== undefined && body[k] !== null) out[k] = body[k];
  return out;
}
