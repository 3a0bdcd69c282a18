import { expect } from 'vitest';
import { createHttpSource } from '@/lib/sync/http-source';
import { expectedEntities, localEntities, NOW } from '@/tests/unit/sync/sync-test-kit';
import type { Backend } from './backends';

export { freshDb, NOW, testClock } from '@/tests/unit/sync/sync-test-kit';

/** The extension's HTTP source for a backend (base URL with a trailing slash, as users paste it). */
export function sourceOf(
  backend: Backend,
  extra: { token?: string; timeoutMs?: number; fetch?: typeof fetch } = {},
) {
  return createHttpSource({
    baseUrl: `${backend.url}/`,
    token: extra.token ?? backend.token,
    timeoutMs: extra.timeoutMs ?? 10_000,
    now: () => NOW,
    ...(extra.fetch ? { fetch: extra.fetch } : {}),
  });
}

/** The extension's database holds exactly the server's entities (and the rollups of its events). */
export async function expectSameAsServer(backend: Backend): Promise<void> {
  expect(await localEntities()).toEqual(expectedEntities(await backend.snapshot()));
}

/**
 * A fetch that lets each matching request reach the server, then loses its answer the first
 * `times` times: the client must repeat it, and the server must apply it once.
 */
export function losingAnswers(
  match: (url: string, method: string) => boolean,
  times = 1,
): typeof fetch {
  const lost = new Map<string, number>();
  return async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const method = init?.method ?? 'GET';
    const res = await fetch(input, init);
    const key = `${method} ${url}`;
    if (match(url, method) && (lost.get(key) ?? 0) < times) {
      lost.set(key, (lost.get(key) ?? 0) + 1);
      await res.arrayBuffer();
      throw new TypeError('fetch failed (answer lost after the server applied the request)');
    }
    return res;
  };
}
