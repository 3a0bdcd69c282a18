import type { Source } from '@/lib/sync/source';

// A change feed served from memory, page by page, for the property tests of syncs.

/**
 * A feed served page by page (cursor = pages served). `stopAt` = the pull on which the "worker"
 * is stopped; `claimMore` = the last page says more follows, so a stop can land after every
 * page was stored but before the rollups were rebuilt.
 */
export function feedSource(pages: unknown[][], stop?: { at: number; claimMore: boolean }) {
  const controller = new AbortController();
  let pulls = 0;
  const source: Source = {
    kind: 'http',
    pull: async (cursor) => {
      if (++pulls === stop?.at) {
        controller.abort(new Error('worker stopped'));
        throw controller.signal.reason;
      }
      const at = cursor === undefined ? 0 : Number(cursor);
      const changes = pages[at] ?? [];
      const next = Math.min(at + 1, pages.length);
      const more = next < pages.length || (stop?.claimMore === true && at < pages.length);
      return { cursor: String(next), hasMore: more, changes };
    },
    push: async () => ({ ok: true }),
    whoami: async () => ({
      workspace: { id: 'w', name: 'W' },
      user: { name: 'A', email: 'a@x.io' },
    }),
  };
  return { source, signal: controller.signal };
}
