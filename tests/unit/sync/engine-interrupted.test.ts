// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { saveNote } from '@/lib/db/note-writes';
import { runSync } from '@/lib/sync/engine';
import type { Source } from '@/lib/sync/source';
import { expectServerState, seededServerPerTest } from './engine-harness';
import { sourceFor, testClock } from './sync-test-kit';

const server = seededServerPerTest({ pageSize: 9 });

/** Stops the "worker" (aborts the run) right after the n-th page was fetched, before it is stored. */
function killAfterFetch(source: Source, n: number, controller: AbortController): Source {
  let fetched = 0;
  return {
    ...source,
    pull: async (cursor, limit, signal) => {
      const page = await source.pull(cursor, limit, signal);
      if (++fetched === n) controller.abort(new Error('worker stopped'));
      return page;
    },
  };
}

describe('a sync stopped mid-way resumes to the same final state', () => {
  it('stopped between fetching a page and storing it: that page is not half-applied', async () => {
    const controller = new AbortController();
    const source = killAfterFetch(sourceFor(server()), 3, controller);
    await expect(
      runSync(source, { clock: testClock(), signal: controller.signal }),
    ).rejects.toThrow('worker stopped');
    // Two pages stored, with the cursor of the second.
    const cursorAfterTwo = server().state.cursorAt(18);
    expect((await getDb().meta.get('cursor'))?.value).toBe(cursorAfterTwo);
    expect(await getDb().events.count()).toBeLessThanOrEqual(18);
    await runSync(sourceFor(server()), { clock: testClock() });
    expect(server().requests.filter((r) => r.includes(`cursor=${cursorAfterTwo}`)).length).toBe(2);
    await expectServerState(server());
  });

  it('stopped between pages, with a queued write, loses nothing and pushes once', async () => {
    const note = await saveNote({ userId: 'u1', title: 'Keep me', body: 'x', type: 'General' });
    for (const n of [2, 4, 6]) {
      const controller = new AbortController();
      const source = killBeforeFetch(sourceFor(server()), n, controller);
      await expect(
        runSync(source, { clock: testClock(), signal: controller.signal }),
      ).rejects.toThrow('worker stopped');
    }
    expect(await getDb().outbox.count()).toBe(1);
    await runSync(sourceFor(server()), { clock: testClock() });
    expect(server().pushes.filter((p) => p.effect === 'changed')).toHaveLength(1);
    expect(server().state.get('note', note.id)).toEqual(note);
    await expectServerState(server());
  });

  it('stopped after the pages but before derived data caught up: the next run recomputes it', async () => {
    await runSync(sourceFor(server()), { clock: testClock() });
    server().state.upsert('event', {
      id: 'late',
      userId: 'u6',
      ts: '2026-11-20T08:00:00Z',
      name: 'login',
    });
    const inner = sourceFor(server());
    // The server claims more pages, so the worker is stopped after storing the new one.
    const claimsMore: Source = {
      ...inner,
      pull: async (c, l, s) => ({ ...(await inner.pull(c, l, s)), hasMore: true }),
    };
    const controller = new AbortController();
    const source = killBeforeFetch(claimsMore, 2, controller);
    await expect(
      runSync(source, { clock: testClock(), signal: controller.signal }),
    ).rejects.toThrow();
    expect(await getDb().events.get('late')).toBeDefined();
    expect((await getDb().userStats.get('u6'))?.types).toEqual(['zombie']);
    await runSync(sourceFor(server()), { clock: testClock() });
    expect((await getDb().userStats.get('u6'))?.types).toContain('active');
  });
});

/** Stops the "worker" when the n-th page is about to be fetched (all earlier pages stored). */
function killBeforeFetch(source: Source, n: number, controller: AbortController): Source {
  let calls = 0;
  return {
    ...source,
    pull: async (cursor, limit, signal) => {
      if (++calls === n) {
        controller.abort(new Error('worker stopped'));
        throw controller.signal.reason;
      }
      return source.pull(cursor, limit, signal);
    },
  };
}
