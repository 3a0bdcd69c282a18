import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '@/lib/server/cli';
import { BACKENDS, openTestDatabase, type TestDatabase } from './support/databases';
import { serverWithKeys } from './support/http-kit';

// `workspace set --granularity` converts what the feed serves for all history, and every
// client resyncs once (410) instead of mixing events and rollups of the same activity.

const quiet = { out: () => {}, err: () => {} };

describe.each(BACKENDS)('switching the activity granularity on %s', (kind) => {
  let database: TestDatabase;
  let kit: Awaited<ReturnType<typeof serverWithKeys>> | undefined;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.drop());
  afterEach(() => kit?.server.close());

  const track = (id: string, userId: string, event: string, ts: string) => ({
    type: 'track',
    messageId: id,
    userId,
    event,
    timestamp: ts,
  });
  const setGranularity = (g: string) =>
    runAdmin(database.db, ['workspace', 'set'], { granularity: g }, quiet);

  it('serves rollups of every stored event after "day", events again after "event"', async () => {
    kit = await serverWithKeys(database);
    const k = kit;
    await k.ingest('/v1/batch', {
      batch: [
        track('e1', 'u1', 'login', '2026-11-19T09:00:00Z'),
        track('e2', 'u1', 'report_viewed', '2026-11-19T10:00:00Z'),
        track('e3', 'u1', 'login', '2026-11-20T09:00:00Z'),
        track('e4', 'u2', 'login', '2026-11-20T11:00:00Z'),
      ],
    });
    const before = await k.call('GET', '/v1/changes?limit=5000');
    const oldCursor = before.json.cursor as string;
    const types = (feed: { type: string }[]) => new Set(feed.map((c) => c.type));
    const rollups = async () =>
      (await k.feed())
        .filter((c) => c.type === 'activityDay')
        .map((c) => `${c.data?.userId} ${c.data?.day} ${c.data?.events}/${c.data?.logins}`)
        .sort();
    const events = async () =>
      (await k.feed())
        .filter((c) => c.type === 'event')
        .map((c) => c.data?.id)
        .sort();

    expect(await setGranularity('day')).toBe(0);
    expect((await k.call('GET', `/v1/changes?cursor=${oldCursor}`)).status).toBe(410);
    expect(types(await k.feed()).has('event')).toBe(false);
    expect(await rollups()).toEqual([
      'u1 2026-11-19 2/1',
      'u1 2026-11-20 1/1',
      'u2 2026-11-20 1/1',
    ]);
    // Events arriving afterwards add to those rollups; a re-delivered one counts once.
    const dayCursor = (await k.call('GET', '/v1/changes?limit=5000')).json.cursor as string;
    await k.ingest('/v1/track', track('e5', 'u2', 'login', '2026-11-20T12:00:00Z'));
    await k.ingest('/v1/track', track('e1', 'u1', 'login', '2026-11-19T09:00:00Z'));
    expect((await k.call('GET', `/v1/changes?cursor=${dayCursor}`)).status).toBe(200);
    expect(await rollups()).toEqual([
      'u1 2026-11-19 2/1',
      'u1 2026-11-20 1/1',
      'u2 2026-11-20 2/2',
    ]);

    expect(await setGranularity('event')).toBe(0);
    expect((await k.call('GET', `/v1/changes?cursor=${dayCursor}`)).status).toBe(410);
    expect(await rollups()).toEqual([]);
    expect(await events()).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
  });
});
