import fc from 'fast-check';

// Random change feeds for the property tests of applying pages (any split, any duplication)
// and of catch-up syncs (stopped at any page, resumed).

export const WORKSPACE = {
  type: 'workspace',
  op: 'upsert',
  data: { id: 'w', name: 'W', timezone: 'America/New_York' },
};

export const MARCH_TIMES = [
  '2026-03-08T03:30:00Z', // still March 7th in New York
  '2026-03-08T12:00:00Z',
  '2026-03-09T23:59:00-05:00',
  '2026-03-10T04:00:00Z',
];

/** One change of a feed over three users, six events, two notes; events at one of `times`. */
export function changeArbitrary(times: string[]) {
  const userId = fc.constantFrom('u0', 'u1', 'u2');
  const eventUpsert = fc.record({
    type: fc.constant('event'),
    op: fc.constant('upsert'),
    data: fc.record(
      {
        id: fc.constantFrom('e0', 'e1', 'e2', 'e3', 'e4', 'e5'),
        userId,
        ts: fc.constantFrom(...times),
        name: fc.constantFrom('login', 'report_viewed', 'export'),
        feature: fc.constantFrom('reports', 'alerts'),
        module: fc.constantFrom('analytics', 'admin'),
        durationSec: fc.nat(300),
      },
      { requiredKeys: ['id', 'userId', 'ts', 'name'] },
    ),
  });
  const del = (type: string, ids: string[]) =>
    fc.record({ type: fc.constant(type), op: fc.constant('delete'), id: fc.constantFrom(...ids) });
  const userUpsert = fc.record({
    type: fc.constant('user'),
    op: fc.constant('upsert'),
    data: fc.record({
      id: userId,
      createdAt: fc.constant('2026-01-01T00:00:00Z'),
      email: fc.constantFrom('a@x.io', null),
      deactivated: fc.boolean(),
    }),
  });
  const noteUpsert = fc.record({
    type: fc.constant('note'),
    op: fc.constant('upsert'),
    data: fc.record({
      id: fc.constantFrom('n0', 'n1'),
      userId,
      title: fc.string({ maxLength: 5 }),
      body: fc.string({ maxLength: 5 }),
      type: fc.constant('Call'),
      createdAt: fc.constant('2026-01-01T00:00:00Z'),
      updatedAt: fc.constant('2026-01-02T00:00:00Z'),
    }),
  });
  const workspaceChange = fc.oneof(
    fc.record({
      type: fc.constant('workspace'),
      op: fc.constant('upsert'),
      data: fc.record({
        id: fc.constant('w'),
        name: fc.constant('W'),
        timezone: fc.constantFrom('UTC', 'America/New_York', 'Asia/Tokyo'),
      }),
    }),
    fc.constant({ type: 'workspace', op: 'delete', id: 'w' }),
  );
  const invalid = fc.constant({ type: 'event', op: 'upsert', data: { id: 'bad' } });
  return fc.oneof(
    { arbitrary: eventUpsert, weight: 5 },
    { arbitrary: del('event', ['e0', 'e1', 'e2', 'e9']), weight: 2 },
    { arbitrary: userUpsert, weight: 1 },
    { arbitrary: del('user', ['u0', 'u1']), weight: 1 },
    { arbitrary: noteUpsert, weight: 1 },
    { arbitrary: del('note', ['n0', 'n9']), weight: 1 },
    { arbitrary: invalid, weight: 1 },
    { arbitrary: workspaceChange, weight: 1 },
  );
}

/** Pages cut at `cuts`; page k may start `overlaps[k]` changes early and may be sent twice. */
export function paginate(feed: unknown[], cuts: number[], overlaps: number[], dups: boolean[]) {
  const points = [...new Set([0, ...cuts.map((c) => c % (feed.length + 1)), feed.length])].sort(
    (a, b) => a - b,
  );
  const pages: unknown[][] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const start = Math.max(0, (points[k] as number) - (overlaps[k] ?? 0));
    const page = feed.slice(start, points[k + 1]);
    pages.push(page);
    if (dups[k]) pages.push(page);
  }
  return pages;
}
