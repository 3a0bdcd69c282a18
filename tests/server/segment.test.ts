import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from './support/databases';
import { serverWithKeys } from './support/http-kit';

// Ingestion in the shape of Segment's HTTP Tracking API.

describe.each(BACKENDS)('Segment ingestion on %s', (kind) => {
  let database: TestDatabase;
  let kit: Awaited<ReturnType<typeof serverWithKeys>> | undefined;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.drop());
  afterEach(() => kit?.server.close());

  it('maps identify, group and track to users, accounts and events, once per messageId', async () => {
    kit = await serverWithKeys(database);
    const batch = {
      batch: [
        {
          type: 'identify',
          messageId: 'm1',
          userId: 'u1',
          traits: { email: 'Ann@Globex.com', name: 'Ann Lee', plan: 'pro' },
        },
        {
          type: 'group',
          messageId: 'm2',
          userId: 'u1',
          groupId: 'g1',
          traits: {
            name: 'Globex',
            website: 'https://www.globex.com/about',
            seats: 20,
            salesforce_id: '001X',
          },
        },
        {
          type: 'track',
          messageId: 'm3',
          userId: 'u1',
          event: 'login',
          timestamp: '2026-11-20T10:00:00Z',
        },
        {
          type: 'track',
          messageId: 'm4',
          userId: 'u1',
          event: 'report_viewed',
          timestamp: '2026-11-20T10:05:00Z',
          properties: { feature: 'Reports', module: 'Analytics', duration: 42 },
        },
        // Identity by email alone.
        {
          type: 'track',
          messageId: 'm5',
          event: 'export',
          context: { traits: { email: ' ann@globex.com' } },
          timestamp: '2026-11-20T11:00:00Z',
        },
        { type: 'track', messageId: 'm6', anonymousId: 'anon', event: 'login' },
      ],
    };
    expect((await kit.ingest('/v1/batch', batch)).status).toBe(200);
    // The sender retries the whole batch (answer lost): nothing doubles.
    expect((await kit.ingest('/v1/batch', batch)).status).toBe(200);
    const feed = await kit.feed();
    const of = (type: string) => feed.filter((c) => c.type === type).map((c) => c.data);
    expect(of('user')).toEqual([
      expect.objectContaining({
        id: 'u1',
        email: 'Ann@Globex.com',
        firstName: 'Ann',
        lastName: 'Lee',
        accountId: 'g1',
        customFields: { plan: 'pro' },
      }),
    ]);
    expect(of('account')).toEqual([
      {
        id: 'g1',
        name: 'Globex',
        domain: 'globex.com',
        licenses: 20,
        crmIds: { salesforce: '001X' },
      },
    ]);
    expect(of('event')).toEqual([
      { id: 'm3', userId: 'u1', ts: '2026-11-20T10:00:00.000Z', name: 'login' },
      {
        id: 'm4',
        userId: 'u1',
        ts: '2026-11-20T10:05:00.000Z',
        name: 'report_viewed',
        feature: 'Reports',
        module: 'Analytics',
        durationSec: 42,
      },
      { id: 'm5', userId: 'u1', ts: '2026-11-20T11:00:00.000Z', name: 'export' },
    ]);
  });

  it('serves daily rollups (with per-name counts) in "day" granularity, idempotent per event id', async () => {
    kit = await serverWithKeys(database);
    await kit.call('GET', '/v1/whoami');
    const { db } = database;
    const { updateWorkspace } = await import('@/lib/server/store/workspace');
    await db.transaction((tx) =>
      updateWorkspace(tx, { activityGranularity: 'day', timezone: 'America/New_York' }),
    );
    const track = (id: string, event: string, ts: string, duration?: number) => ({
      type: 'track',
      messageId: id,
      userId: 'u9',
      event,
      timestamp: ts,
      properties: { feature: 'F', duration },
    });
    await kit.ingest('/v1/batch', {
      batch: [
        track('a', 'login', '2026-11-20T03:00:00Z'),
        track('b', 'view', '2026-11-20T15:00:00Z', 10),
      ],
    });
    await kit.ingest('/v1/track', track('b', 'view', '2026-11-20T15:00:00Z', 10));
    await kit.ingest('/v1/track', track('c', 'view', '2026-11-20T16:00:00Z', 5));
    const feed = await kit.feed();
    expect(feed.filter((c) => c.type === 'event')).toEqual([]);
    expect(feed.filter((c) => c.type === 'activityDay').map((c) => c.data)).toEqual([
      // 03:00Z is the evening before in New York.
      {
        userId: 'u9',
        day: '2026-11-19',
        events: 1,
        logins: 1,
        durationSec: 0,
        features: { F: 1 },
        names: { login: 1 },
      },
      {
        userId: 'u9',
        day: '2026-11-20',
        events: 2,
        logins: 0,
        durationSec: 15,
        features: { F: 2 },
        names: { view: 2 },
      },
    ]);
  });

  it('refuses a wrong write key, a rep token, oversized bodies, and limits the rate per key', async () => {
    kit = await serverWithKeys(database, {
      config: { ingestPerSecond: 1, ingestBurst: 2, maxIngestBytes: 2000 },
    });
    const wrong = `Basic ${Buffer.from('nope:').toString('base64')}`;
    expect((await kit.call('POST', '/v1/track', { userId: 'u1', event: 'x' }, wrong)).status).toBe(
      401,
    );
    expect((await kit.call('POST', '/v1/track', { userId: 'u1', event: 'x' })).status).toBe(401);
    // The write key is not a rep token either.
    expect((await kit.call('GET', '/v1/whoami', undefined, `Bearer ${kit.key}`)).status).toBe(401);
    expect((await kit.ingest('/v1/track', { userId: 'u1', event: 'x'.repeat(3000) })).status).toBe(
      413,
    );
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (await kit.ingest('/v1/track', { messageId: `r${i}`, userId: 'u1', event: 'x' })).status,
      );
    expect(statuses).toContain(429);
    const limited = await kit.ingest('/v1/track', { userId: 'u1', event: 'x' });
    if (limited.status === 429)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
