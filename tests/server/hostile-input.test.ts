import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyChanges } from '@/lib/server/ingest/apply-changes';
import { BACKENDS, openTestDatabase, type TestDatabase } from './support/databases';
import { serverWithKeys } from './support/http-kit';

// Random and hostile input at every route: no request a client can send gets a 5xx (clients
// retry those forever), the server keeps answering, and a refused request stores nothing.

const NOW = '2026-11-20T12:00:00.000Z';

/** Strings PostgreSQL cannot store, or that once broke a route, mixed into ordinary text. */
const nasty = fc.constantFrom(
  '\u0000',
  '\ud800',
  'a\udfffb',
  '\udc00\ud800',
  'x'.repeat(600),
  `${'é'.repeat(400)}@x.io`,
  '..',
  '%',
  '',
  ' ',
  '2026-13-45T99:99:99Z',
  '1e400',
);
const text = fc.oneof(
  fc.string({ maxLength: 8 }),
  nasty,
  fc.tuple(fc.string({ maxLength: 4 }), nasty, fc.string({ maxLength: 4 })).map((p) => p.join('')),
);
const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(1e308),
);
const { json } = fc.letrec((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('json'), { maxLength: 3 }),
    fc.dictionary(text, tie('json'), { maxKeys: 3 }),
  ),
}));
/** A value that is usually right for the field, else anything. */
const field = (good: fc.Arbitrary<unknown>) => fc.oneof(good, good, json);
const some = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record(fields, { requiredKeys: [] });
const entity = some({
  id: field(fc.constant('x1')),
  userId: field(fc.constantFrom('u1', 'u2')),
  accountId: field(fc.constant('a1')),
  cadenceId: field(fc.constant('c1')),
  title: field(text),
  body: field(text),
  name: field(text),
  type: field(fc.constant('Call')),
  email: field(text),
  createdAt: field(fc.constant(NOW)),
  updatedAt: field(fc.constant(NOW)),
  status: field(fc.constantFrom('active', 'stopped')),
  customFields: field(fc.dictionary(text, scalar, { maxKeys: 2 })),
  roleId: field(text),
  dueDate: field(fc.oneof(fc.constant('2026-12-01'), text)),
  done: field(fc.boolean()),
  currentStep: field(fc.oneof(fc.integer({ min: -1, max: 9 }), fc.double())),
  nextStepAt: field(fc.oneof(fc.constant(NOW), text)),
  lastStepAt: field(fc.oneof(fc.constant(NOW), text)),
});
const message = some({
  type: field(fc.constantFrom('track', 'identify', 'group', 'page', 'alias')),
  messageId: field(text),
  userId: field(fc.oneof(fc.constantFrom('u1', 'u2'), text)),
  anonymousId: field(fc.oneof(fc.constant('anon-1'), text)),
  previousId: field(fc.constant('anon-1')),
  groupId: field(text),
  event: field(text),
  timestamp: field(fc.oneof(fc.constant(NOW), text)),
  traits: field(fc.dictionary(fc.oneof(fc.constantFrom('email', 'name', 'plan'), text), scalar)),
  properties: field(fc.dictionary(fc.constantFrom('feature', 'duration', 'email'), scalar)),
});
/** Path ids as a client might send them, raw percent-escapes included. */
const pathId = fc.oneof(
  fc.constantFrom('x1', 'u1', '%00', '%ZZ', '%E0%A4%A', '100%25', '%ED%A0%80', 'a'.repeat(600)),
  fc.string({ maxLength: 6 }).map(encodeURIComponent),
);
const body = fc.oneof(entity, json, fc.constantFrom('{"a":', 'null', '[]', '"\\u0000"'));
const request = fc.oneof(
  fc.record({
    method: fc.constant('GET'),
    path: fc.tuple(fc.option(text), fc.option(text)).map(([limit, cursor]) => {
      const q = new URLSearchParams();
      if (limit !== null && !/[\ud800-\udfff]/.test(limit)) q.set('limit', limit);
      if (cursor !== null && !/[\ud800-\udfff]/.test(cursor)) q.set('cursor', cursor);
      return `/v1/changes?${q}`;
    }),
  }),
  fc.record({
    method: fc.constantFrom('PUT', 'DELETE'),
    path: fc
      .tuple(fc.constantFrom('notes', 'roles', 'personas', 'enrollments', 'users', 'tasks'), pathId)
      .map(([kind, id]) => `/v1/${kind}/${id}`),
    body,
  }),
  fc.record({
    method: fc.constant('PATCH'),
    path: pathId.map((id) => `/v1/users/${id}`),
    body,
  }),
  // The sending tool's cadence progress, with the write key.
  fc.record({
    method: fc.constant('PATCH'),
    path: pathId.map((id) => `/v1/enrollments/${id}`),
    body,
    segment: fc.constant(true),
  }),
  fc.record({
    method: fc.constant('POST'),
    path: fc.constant('/v1/auth/exchange'),
    body: fc.oneof(some({ code: field(text) }), body),
  }),
  fc.record({
    method: fc.constant('POST'),
    path: fc.constantFrom('/v1/track', '/v1/identify', '/v1/group', '/v1/alias', '/v1/page'),
    body: fc.oneof(message, body),
    segment: fc.constant(true),
  }),
  fc.record({
    method: fc.constant('POST'),
    path: fc.constant('/v1/batch'),
    body: fc.oneof(
      fc.array(message, { maxLength: 4 }).map((batch) => ({ batch })),
      fc.record({ batch: json }),
    ),
    segment: fc.constant(true),
  }),
);

describe.each(BACKENDS)('hostile input on %s', (kind) => {
  let database: TestDatabase;
  let kit: Awaited<ReturnType<typeof serverWithKeys>> | undefined;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.drop());
  afterEach(() => kit?.server.close());

  /** Everything a request could have stored. */
  const fingerprint = async () =>
    JSON.stringify(
      await database.db.query(
        `SELECT (SELECT count(*) FROM entities)::int AS entities,
                (SELECT coalesce(max(seq), 0) FROM changes)::int AS seq,
                (SELECT count(*) FROM changes)::int AS changes,
                (SELECT count(*) FROM ingested_messages)::int AS messages`,
      ),
    );

  it('answers every request below 500, and a refused one stores nothing', async () => {
    kit = await serverWithKeys(database, { config: { ingestBurst: 1e6, ingestPerSecond: 1e6 } });
    await applyChanges(database.db, [
      { type: 'user', op: 'upsert', data: { id: 'u1', email: 'ann@globex.com', createdAt: NOW } },
      { type: 'cadence', op: 'upsert', data: { id: 'c1', name: 'On', scope: 'team', tags: [] } },
    ]);
    const k = kit;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const before = await fingerprint();
        const payload =
          'body' in r ? (typeof r.body === 'string' ? r.body : JSON.stringify(r.body)) : undefined;
        const basic = `Basic ${Buffer.from(`${k.key}:`).toString('base64')}`;
        const res = await k.call(
          r.method,
          r.path,
          payload,
          'segment' in r ? basic : `Bearer ${k.token}`,
        );
        expect(res.status, `${r.method} ${r.path} ${payload}`).toBeLessThan(500);
        if (res.status >= 300) expect(await fingerprint()).toBe(before);
      }),
      { numRuns: 250, seed: 2028 },
    );
    expect((await k.call('GET', '/v1/whoami')).status).toBe(200);
    expect((await k.call('GET', '/health')).status).toBe(200);
  });

  it('names the field that holds NUL or a lone surrogate, and answers limits and cursors as the protocol says', async () => {
    kit = await serverWithKeys(database);
    await applyChanges(database.db, [
      { type: 'user', op: 'upsert', data: { id: 'u1', createdAt: NOW } },
    ]);
    const note = { userId: 'u1', title: 'T', type: 'Call', createdAt: NOW, updatedAt: NOW };
    for (const bad of ['a\u0000b', 'a\ud800b']) {
      const res = await kit.call('PUT', '/v1/notes/n1', { ...note, body: bad });
      expect(res.status).toBe(400);
      expect(res.json.error.message).toMatch(/^body: /);
    }
    const patched = await kit.call('PATCH', '/v1/users/u1', { customFields: { plan: '\u0000' } });
    expect(patched).toMatchObject({ status: 400, json: { error: { code: 'bad_request' } } });
    expect(patched.json.error.message).toMatch(/^customFields\.plan: /);
    // Segment: the character is replaced, the rest of the message kept.
    const track = { userId: 'u1', messageId: 'm1', event: 'log\u0000in\ud800', timestamp: NOW };
    expect((await kit.ingest('/v1/track', track)).status).toBe(200);
    const events = (await kit.feed()).filter((c) => c.type === 'event');
    expect(events.map((e) => e.data?.name)).toEqual(['log\ufffdin\ufffd']);

    for (const limit of ['2.5', '0', '-1', 'ten', '1e3', ''])
      expect((await kit.call('GET', `/v1/changes?limit=${limit}`)).status, limit).toBe(400);
    const first = await kit.call('GET', '/v1/changes?limit=1');
    expect(first.status).toBe(200);
    const cursor = first.json.cursor as string;
    expect((await kit.call('GET', `/v1/changes?limit=1&cursor=${cursor}`)).status).toBe(200);
    for (const bad of [`${cursor}x`, `${cursor}A`, 'made-up', '', '%00'])
      expect((await kit.call('GET', `/v1/changes?cursor=${bad}`)).status, bad).toBe(410);
  });
});
