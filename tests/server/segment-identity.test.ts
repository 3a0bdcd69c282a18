import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from './support/databases';
import { serverWithKeys } from './support/http-kit';

// Segment identity as Segment users expect it: a visitor's events (anonymousId only) are kept
// and become the user's once an identify or an alias links the two ids.

const T = '2026-11-20T10:00:00Z';

describe.each(BACKENDS)('Segment identity on %s', (kind) => {
  let database: TestDatabase;
  let kit: Awaited<ReturnType<typeof serverWithKeys>> | undefined;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.drop());
  afterEach(() => kit?.server.close());

  const eventsOf = async () =>
    (await (kit as NonNullable<typeof kit>).feed())
      .filter((c) => c.type === 'event')
      .map((c) => `${c.data?.id}:${c.data?.userId}`)
      .sort();

  it('keeps anonymous events and attaches them to the user an identify or alias links', async () => {
    kit = await serverWithKeys(database);
    const track = (messageId: string, anonymousId: string) => ({
      messageId,
      anonymousId,
      event: 'page_viewed',
      timestamp: T,
    });
    expect((await kit.ingest('/v1/track', track('e1', 'anon-7'))).status).toBe(200);
    expect((await kit.ingest('/v1/batch', { batch: [track('e2', 'anon-7')] })).status).toBe(200);
    expect((await kit.ingest('/v1/track', track('e3', 'anon-8'))).status).toBe(200);
    // Nobody to show them on yet: kept aside, out of the feed.
    expect(await eventsOf()).toEqual([]);

    await kit.ingest('/v1/identify', { messageId: 'i1', userId: 'u7', anonymousId: 'anon-7' });
    expect(await eventsOf()).toEqual(['e1:u7', 'e2:u7']);
    // Later anonymous events of a linked id go straight to the user; a retry doubles nothing.
    await kit.ingest('/v1/track', track('e4', 'anon-7'));
    await kit.ingest('/v1/track', track('e1', 'anon-7'));
    expect(await eventsOf()).toEqual(['e1:u7', 'e2:u7', 'e4:u7']);

    // alias: previousId (the anonymous one) now stands for userId.
    await kit.ingest('/v1/alias', { messageId: 'a1', previousId: 'anon-8', userId: 'u8' });
    expect(await eventsOf()).toEqual(['e1:u7', 'e2:u7', 'e3:u8', 'e4:u7']);
    // The first link stands: another identify of anon-7 does not move its events.
    await kit.ingest('/v1/identify', { messageId: 'i2', userId: 'u9', anonymousId: 'anon-7' });
    expect(await eventsOf()).toEqual(['e1:u7', 'e2:u7', 'e3:u8', 'e4:u7']);
    const users = (await kit.feed()).filter((c) => c.type === 'user').map((c) => c.data?.id);
    expect(users.sort()).toEqual(['u7', 'u8', 'u9']);
  });

  it('refuses a message with neither id with 400, naming it, and stores nothing of its batch', async () => {
    kit = await serverWithKeys(database);
    const none = await kit.ingest('/v1/track', { messageId: 'x1', event: 'login' });
    expect(none.status).toBe(400);
    expect(none.json.error.message).toMatch(/userId or an anonymousId/);
    const batch = await kit.ingest('/v1/batch', {
      batch: [
        { messageId: 'x2', userId: 'u1', event: 'login' },
        { messageId: 'x3', event: 'login', userId: '  ' },
      ],
    });
    expect(batch.status).toBe(400);
    expect(batch.json.error.message).toMatch(/^batch\.1 /);
    expect(await eventsOf()).toEqual([]);
    expect((await kit.ingest('/v1/alias', { previousId: 'anon-1' })).status).toBe(400);
  });
});
