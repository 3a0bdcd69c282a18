import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listReps, revokeRep } from '@/lib/server/auth/secrets';
import { applyChanges } from '@/lib/server/ingest/apply-changes';
import { signBody } from '@/lib/server/webhook';
import { BACKENDS, openTestDatabase, type TestDatabase } from './support/databases';
import { serverWithKeys } from './support/http-kit';
import { startReceiver } from './support/webhook-receiver';

// What the conformance suite cannot see through the engine: the endpoints' answers, tokens,
// workspace fields, and the enrolment webhook.

const NOW = '2026-11-20T12:00:00.000Z';

describe.each(BACKENDS)('lib/server protocol details on %s', (kind) => {
  let database: TestDatabase;
  let kit: Awaited<ReturnType<typeof serverWithKeys>> | undefined;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.drop());
  afterEach(() => kit?.server.close());

  const seed = () =>
    applyChanges(database.db, [
      { type: 'user', op: 'upsert', data: { id: 'u1', email: 'ann@globex.com', createdAt: NOW } },
      {
        type: 'cadence',
        op: 'upsert',
        data: { id: 'c1', name: 'Onboarding', scope: 'team', tags: [] },
      },
    ]);

  it('whoami names the rep of the token; a revoked token is refused; listings hold no secret', async () => {
    kit = await serverWithKeys(database);
    expect((await kit.call('GET', '/v1/whoami')).json).toEqual({
      workspace: { id: 'workspace', name: 'My workspace' },
      user: { name: 'Sam Seller', email: 'sam@example.com' },
    });
    const listed = await listReps(database.db);
    expect(JSON.stringify(listed)).not.toContain(kit.token);
    const stored = await database.db.query<{ token_hash: string }>('SELECT token_hash FROM reps');
    expect(stored[0]?.token_hash).not.toContain(kit.token);
    await revokeRep(database.db, 'sam@example.com');
    expect((await kit.call('GET', '/v1/whoami')).status).toBe(401);
  });

  it('adds a product user with PUT, refusing an email that belongs to another user with 409', async () => {
    kit = await serverWithKeys(database);
    await seed();
    const user = { id: 'new-1', email: 'bo@globex.com', firstName: 'Bo', createdAt: NOW };
    expect((await kit.call('PUT', '/v1/users/new-1', user)).status).toBe(201);
    expect(await kit.call('PUT', '/v1/users/new-1', user)).toMatchObject({
      status: 200,
      json: user,
    });
    const taken = await kit.call('PUT', '/v1/users/new-2', {
      id: 'new-2',
      email: ' ANN@globex.com',
      createdAt: NOW,
    });
    expect(taken.status).toBe(409);
    expect(taken.json.error.message).toContain('ann@globex.com');
    expect((await kit.call('PUT', '/v1/users/x', { id: 'x' })).status).toBe(422);
    expect((await kit.call('PUT', '/v1/users/x', '{not json')).status).toBe(400);
  });

  it('notes take the rep as author; enrolments can be stopped; the feed echoes each once', async () => {
    kit = await serverWithKeys(database);
    await seed();
    const note = {
      id: 'n1',
      userId: 'u1',
      title: 'Call',
      body: 'Went well',
      type: 'Call',
      createdAt: NOW,
      updatedAt: NOW,
    };
    expect((await kit.call('PUT', '/v1/notes/n1', note)).json).toEqual({
      ...note,
      author: 'Sam Seller',
    });
    const enrolment = { id: 'en1', cadenceId: 'c1', userId: 'u1', createdAt: NOW };
    expect((await kit.call('PUT', '/v1/enrollments/en1', enrolment)).json.status).toBe('active');
    expect((await kit.call('PUT', '/v1/enrollments/en1', enrolment)).status).toBe(200);
    expect(
      (await kit.call('PUT', '/v1/enrollments/en1', { ...enrolment, status: 'stopped' })).json
        .status,
    ).toBe('stopped');
    expect((await kit.call('DELETE', '/v1/notes/n1')).status).toBe(204);
    expect((await kit.call('DELETE', '/v1/notes/n1')).json.error.code).toBe('not_found');
    const feed = await kit.feed();
    expect(feed.filter((c) => c.type === 'enrollment').map((c) => c.data?.status)).toEqual([
      'stopped',
    ]);
    expect(feed.filter((c) => c.type === 'note')).toEqual([
      { type: 'note', op: 'delete', id: 'n1' },
    ]);
    // An unreadable cursor is 410, like an expired one (sync-protocol.md): never a stuck 400.
    expect((await kit.call('GET', '/v1/changes?cursor=garbage')).status).toBe(410);
    expect((await kit.call('GET', '/v1/nothing')).json.error.code).toBe('not_found');
  });

  it('keeps workspace fields it does not interpret (labels, milestones) in the feed', async () => {
    kit = await serverWithKeys(database);
    const workspace = {
      id: 'w1',
      name: 'Acme',
      eventLabels: { report_viewed: 'Viewed a report' },
      customFieldLabels: { plan: 'Plan' },
      milestones: [{ id: 'm1', name: 'First report', event: 'report_viewed', count: 1 }],
    };
    await applyChanges(database.db, [{ type: 'workspace', op: 'upsert', data: workspace }]);
    const feed = await kit.feed();
    expect(
      feed.filter((c) => c.type === 'workspace' && c.op === 'upsert').map((c) => c.data),
    ).toEqual([workspace]);
  });

  it('delivers each new enrolment to the webhook exactly once, signed, after a failed first try', async () => {
    const receiver = await startReceiver(1);
    kit = await serverWithKeys(database, {
      config: { webhookUrl: receiver.url, webhookSecret: 'shh' },
      webhookBackoffMs: () => 100,
    });
    await seed();
    const enrolment = { id: 'en7', cadenceId: 'c1', userId: 'u1', createdAt: NOW };
    await kit.call('PUT', '/v1/enrollments/en7', enrolment);
    await kit.call('PUT', '/v1/enrollments/en7', enrolment);
    await kit.call('PUT', '/v1/enrollments/en7', { ...enrolment, status: 'stopped' });
    await expect
      .poll(() => receiver.deliveries.filter((d) => d.status === 200).length, { timeout: 20_000 })
      .toBe(1);
    // Time for any wrongful repeat to show up.
    await new Promise((r) => setTimeout(r, 600));
    expect(receiver.deliveries.map((d) => d.status)).toEqual([500, 200]);
    const ok = receiver.deliveries[1];
    const body = JSON.parse(ok?.body ?? '{}');
    expect(body).toMatchObject({
      type: 'enrollment.created',
      enrollment: { id: 'en7', cadenceId: 'c1', userId: 'u1', status: 'active' },
      user: { id: 'u1', email: 'ann@globex.com' },
      cadence: { id: 'c1', name: 'Onboarding' },
      enrolledBy: { name: 'Sam Seller' },
    });
    expect(ok?.headers['webhook-id']).toBe('en7');
    expect(ok?.headers['x-signature-256']).toBe(
      signBody('shh', String(ok?.headers['webhook-timestamp']), ok?.body ?? ''),
    );
    await receiver.close();
  });
});
