import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyChanges } from '@/lib/server/ingest/apply-changes';
import { BACKENDS, openTestDatabase, type TestDatabase } from './support/databases';
import { serverWithKeys } from './support/http-kit';

// What a CSM needs of the server beside the person: account facts from Segment `group`,
// tasks stored and served like notes, cadence progress reported by the sending tool.

const NOW = '2026-11-20T12:00:00.000Z';

describe.each(BACKENDS)('customer-success data on %s', (kind) => {
  let database: TestDatabase;
  let kit: Awaited<ReturnType<typeof serverWithKeys>> | undefined;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.drop());
  afterEach(() => kit?.server.close());

  const latest = async (type: string, id: string) => {
    const feed = await (kit as NonNullable<typeof kit>).feed();
    return feed.filter((c) => c.type === type && (c.data?.id ?? c.id) === id).at(-1);
  };

  it('maps group traits to account facts, mrr × 12, and keeps them when a later group omits them', async () => {
    kit = await serverWithKeys(database);
    const group = (messageId: string, traits: Record<string, unknown>) => ({
      type: 'group',
      messageId,
      // Segment's spec: every message names a userId or an anonymousId (the server refuses it otherwise).
      userId: 'u-dana',
      groupId: 'g1',
      traits,
    });
    await kit.ingest(
      '/v1/group',
      group('m1', {
        name: 'Globex',
        mrr: '833.33',
        currency: 'eur',
        plan: 'Enterprise',
        renewal_date: '2027-03-31T00:00:00Z',
        owner_email: 'dana@team.example',
      }),
    );
    expect((await latest('account', 'g1'))?.data).toEqual({
      id: 'g1',
      name: 'Globex',
      arr: 9999.96,
      currency: 'EUR',
      plan: 'Enterprise',
      renewalDate: '2027-03-31',
      ownerEmail: 'dana@team.example',
    });
    // arr wins over mrr; a value that does not read leaves the stored one.
    await kit.ingest('/v1/group', group('m2', { arr: 150000, mrr: 1, renewal_date: 'soon' }));
    expect((await latest('account', 'g1'))?.data).toMatchObject({
      arr: 150000,
      renewalDate: '2027-03-31',
      plan: 'Enterprise',
    });
    await kit.ingest(
      '/v1/group',
      group('m3', { renewalDate: '2027-06-30', ownerEmail: 'kim@team.example' }),
    );
    expect((await latest('account', 'g1'))?.data).toMatchObject({
      renewalDate: '2027-06-30',
      ownerEmail: 'kim@team.example',
    });
  });

  it('stores tasks with PUT, serves them in the feed, and deletes them', async () => {
    kit = await serverWithKeys(database);
    const task = {
      id: 't1',
      title: 'Call about the renewal',
      dueDate: '2026-11-24',
      accountId: 'g1',
      assigneeEmail: 'sam@example.com',
      done: false,
      createdAt: NOW,
      updatedAt: NOW,
    };
    const created = await kit.call('PUT', '/v1/tasks/t1', task);
    expect(created).toMatchObject({ status: 201, json: { ...task, author: 'Sam Seller' } });
    // A retry is harmless.
    expect((await kit.call('PUT', '/v1/tasks/t1', task)).status).toBe(200);
    expect((await latest('task', 't1'))?.data).toEqual({ ...task, author: 'Sam Seller' });
    const done = { ...task, done: true, updatedAt: '2026-11-21T09:00:00.000Z' };
    expect((await kit.call('PUT', '/v1/tasks/t1', done)).json.done).toBe(true);
    expect((await latest('task', 't1'))?.data?.done).toBe(true);
    expect((await kit.call('DELETE', '/v1/tasks/t1')).status).toBe(204);
    expect(await latest('task', 't1')).toEqual({ type: 'task', op: 'delete', id: 't1' });
    expect((await kit.call('DELETE', '/v1/tasks/t1')).status).toBe(404);
  });

  it('refuses a task that is invalid, names nobody, or comes without a token', async () => {
    kit = await serverWithKeys(database);
    const task = { title: 'x', userId: 'u1', createdAt: NOW, updatedAt: NOW };
    expect((await kit.call('PUT', '/v1/tasks/t2', { ...task, dueDate: 'friday' })).status).toBe(
      422,
    );
    expect((await kit.call('PUT', '/v1/tasks/t2', { ...task, userId: undefined })).json).toEqual({
      error: { code: 'invalid', message: 'A task needs a user or an account.' },
    });
    expect((await kit.call('PUT', '/v1/tasks/t2', { ...task, id: 'other' })).status).toBe(400);
    expect((await kit.call('PUT', '/v1/tasks/t2', task, 'Bearer nope')).status).toBe(401);
    expect((await kit.call('DELETE', '/v1/tasks/t2', undefined, '')).status).toBe(401);
  });

  it('takes cadence progress with a write key and refuses a rep token', async () => {
    kit = await serverWithKeys(database);
    await applyChanges(database.db, [
      { type: 'user', op: 'upsert', data: { id: 'u1', createdAt: NOW } },
      {
        type: 'cadence',
        op: 'upsert',
        data: { id: 'c1', name: 'Winback', scope: 'team', tags: [], stepCount: 5 },
      },
    ]);
    const enrolment = { id: 'en1', cadenceId: 'c1', userId: 'u1', createdAt: NOW };
    expect((await kit.call('PUT', '/v1/enrollments/en1', enrolment)).status).toBe(201);
    const basic = `Basic ${Buffer.from(`${kit.key}:`).toString('base64')}`;
    const progress = {
      currentStep: 2,
      nextStepAt: '2026-11-24T10:00:00Z',
      lastStepAt: '2026-11-21T10:00:00Z',
      cadenceId: 'ignored',
    };
    const patched = await kit.call('PATCH', '/v1/enrollments/en1', progress, basic);
    expect(patched).toMatchObject({
      status: 200,
      json: { ...enrolment, status: 'active', currentStep: 2, nextStepAt: '2026-11-24T10:00:00Z' },
    });
    expect((await latest('enrollment', 'en1'))?.data).toMatchObject({
      cadenceId: 'c1',
      currentStep: 2,
      lastStepAt: '2026-11-21T10:00:00Z',
    });
    // The write key as a Bearer token works too; null clears a field.
    const finished = await kit.call(
      'PATCH',
      '/v1/enrollments/en1',
      { currentStep: 5, nextStepAt: null, status: 'completed' },
      `Bearer ${kit.key}`,
    );
    expect(finished.json).toMatchObject({ currentStep: 5, status: 'completed' });
    expect(finished.json.nextStepAt).toBeUndefined();

    const byRep = await kit.call('PATCH', '/v1/enrollments/en1', { currentStep: 1 });
    expect(byRep.status).toBe(403);
    expect((await kit.call('PATCH', '/v1/enrollments/en1', { currentStep: 1 }, '')).status).toBe(
      401,
    );
    expect((await latest('enrollment', 'en1'))?.data?.currentStep).toBe(5);
    expect(
      (await kit.call('PATCH', '/v1/enrollments/nope', { currentStep: 1 }, basic)).status,
    ).toBe(404);
    expect((await kit.call('PATCH', '/v1/enrollments/en1', { currentStep: 0 }, basic)).status).toBe(
      422,
    );
    expect(
      (await kit.call('PATCH', '/v1/enrollments/en1', { status: 'paused' }, basic)).status,
    ).toBe(422);
    // The rep's own PUT still goes through the rep token.
    expect(
      (await kit.call('PUT', '/v1/enrollments/en1', { ...enrolment, status: 'stopped' })).status,
    ).toBe(200);
  });
});
