// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { parseChange } from '@/lib/protocol/change';
import { type BenchServer, startBenchServer } from '@/tests/bench/bench-server';
import { percentile, summarize } from '@/tests/bench/stats';
import { FIXTURE_PEOPLE, WorkspaceGenerator } from '@/tests/bench/workspace-generator';

const spec = { users: 300, events: 4000, seed: 7, anchorMs: Date.parse('2026-11-20T12:00:00Z') };

describe('the benchmark workspace', () => {
  it('is the same for the same seed, whatever order its pages are built in', () => {
    const a = new WorkspaceGenerator(spec);
    const b = new WorkspaceGenerator(spec);
    const late = b.pageJson(3000, 3500, 'x', true);
    expect(a.pageJson(0, 500, 'x', true)).toBe(b.pageJson(0, 500, 'x', true));
    expect(a.pageJson(3000, 3500, 'x', true)).toBe(late);
    expect(new WorkspaceGenerator({ ...spec, seed: 8 }).pageJson(400, 900, 'x', true)).not.toBe(
      a.pageJson(400, 900, 'x', true),
    );
  });

  it('passes the extension’s own change validation, every record of it', () => {
    const gen = new WorkspaceGenerator(spec);
    const problems: string[] = [];
    for (let i = 0; i < gen.baseCount + 50; i++) {
      const parsed = parseChange(gen.changeAt(i));
      if (!parsed.ok) problems.push(`${i}: ${parsed.reason}`);
    }
    expect(problems).toEqual([]);
  });

  it('holds the CRM fixture people, zombies, inactive and active users, and only past events', () => {
    const gen = new WorkspaceGenerator(spec);
    const emails = FIXTURE_PEOPLE.map((_, u) => gen.user(u).email);
    expect(emails).toEqual(FIXTURE_PEOPLE.map((p) => p.email));
    const withEvents = new Set<unknown>();
    for (let e = 0; e < spec.events; e++) {
      const ev = gen.event(e);
      withEvents.add(ev.userId);
      expect(Date.parse(String(ev.ts))).toBeLessThan(spec.anchorMs);
    }
    const categories = new Set(Array.from({ length: spec.users }, (_, u) => gen.category(u)));
    expect(categories).toEqual(new Set(['zombie', 'inactive', 'active']));
    const zombies = Array.from({ length: spec.users }, (_, u) => u).filter(
      (u) => gen.category(u) === 'zombie',
    );
    expect(zombies.some((u) => withEvents.has(`u${u}`))).toBe(false);
  });
});

describe('the bench sync server', () => {
  let server: BenchServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const pull = async (s: BenchServer, query: string, token = 'tok') => {
    const res = await fetch(`${s.url}/v1/changes?${query}`, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('serves the feed in pages with cursors, each change exactly once, then new events', async () => {
    const gen = new WorkspaceGenerator(spec);
    server = await startBenchServer(gen, 'tok');
    const ids: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const { status, body } = await pull(server, `${cursor ? `cursor=${cursor}&` : ''}limit=1000`);
      expect(status).toBe(200);
      const changes = body.changes as { type: string; data: { id: string } }[];
      expect(changes.length).toBeLessThanOrEqual(1000);
      ids.push(...changes.map((c) => `${c.type}:${c.data.id}`));
      cursor = String(body.cursor);
      if (body.hasMore !== true) break;
    }
    expect(ids.length).toBe(gen.baseCount);
    expect(new Set(ids).size).toBe(gen.baseCount);
    expect(server.pulls.length).toBe(Math.ceil(gen.baseCount / 1000));

    server.addEvents(10);
    const more = await pull(server, `cursor=${cursor}&limit=5000`);
    expect((more.body.changes as unknown[]).length).toBe(10);
    expect(more.body.hasMore).toBe(false);
  });

  it('rejects a wrong token with the protocol’s error body', async () => {
    server = await startBenchServer(new WorkspaceGenerator(spec), 'tok');
    const { status, body } = await pull(server, 'limit=10', 'nope');
    expect(status).toBe(401);
    expect(body.error).toMatchObject({ code: 'unauthorized' });
  });
});

describe('summaries', () => {
  it('uses nearest-rank percentiles', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(twenty, 95)).toBe(19);
    expect(percentile(twenty, 50)).toBe(10);
    expect(summarize([5, 1, 3])).toEqual({ runs: 3, min: 1, median: 3, p95: 5, max: 5 });
  });
});
