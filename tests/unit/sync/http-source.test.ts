// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '@/lib/db/records';
import { backoffDelay, MAX_BACKOFF_MS, parseRetryAfter } from '@/lib/sync/backoff';
import { createHttpSource, TOKEN_REJECTED } from '@/lib/sync/http-source';
import { SourceError } from '@/lib/sync/source';

const NOW = new Date('2026-11-20T12:00:00Z');

function fakeFetch(respond: (url: string, init: RequestInit) => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const f: typeof fetch = async (input, init) => {
    calls.push({ url: String(input), init: init ?? {} });
    return respond(String(input), init ?? {});
  };
  return { f, calls };
}
const page = { cursor: 'c1', hasMore: false, changes: [] };
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers });
const item = (over: Partial<OutboxItem>): OutboxItem => ({
  kind: 'note.put',
  entityId: 'n1',
  method: 'PUT',
  path: '/v1/notes/n1',
  body: { id: 'n1' },
  status: 'pending',
  attempts: 0,
  createdAt: NOW.toISOString(),
  ...over,
});

describe('the HTTP source', () => {
  it('builds URLs with or without a trailing slash and sends the token and Accept header', async () => {
    for (const baseUrl of ['https://cs.example.com/api', 'https://cs.example.com/api/']) {
      const { f, calls } = fakeFetch(() => json(200, page));
      await createHttpSource({ baseUrl, token: 't0k', fetch: f }).pull('a b', 5000);
      expect(calls[0]?.url).toBe('https://cs.example.com/api/v1/changes?cursor=a+b&limit=5000');
      expect(calls[0]?.init.headers).toMatchObject({
        Authorization: 'Bearer t0k',
        Accept: 'application/json',
      });
    }
  });

  it('omits the cursor on the first pull and returns the page', async () => {
    const { f, calls } = fakeFetch(() => json(200, { ...page, extra: 1 }));
    const got = await createHttpSource({ baseUrl: 'http://h', token: 't', fetch: f }).pull(
      undefined,
      10,
    );
    expect(calls[0]?.url).toBe('http://h/v1/changes?limit=10');
    expect(got).toEqual(page);
  });

  it('maps statuses to the failure table', async () => {
    const pullWith = (res: Response) =>
      createHttpSource({
        baseUrl: 'http://h',
        token: 't',
        fetch: fakeFetch(() => res).f,
        now: () => NOW,
      }).pull(undefined, 1);
    await expect(pullWith(json(401, undefined))).rejects.toMatchObject({
      kind: 'auth',
      message: TOKEN_REJECTED,
    });
    await expect(
      pullWith(json(403, { error: { code: 'x', message: 'no' } })),
    ).rejects.toMatchObject({ kind: 'auth' });
    await expect(pullWith(json(410, undefined))).rejects.toMatchObject({ kind: 'gone' });
    await expect(pullWith(json(502, undefined))).rejects.toMatchObject({
      kind: 'transient',
      message: 'The server answered 502 to the change request.',
    });
    await expect(pullWith(json(429, undefined, { 'Retry-After': '30' }))).rejects.toMatchObject({
      kind: 'transient',
      retryAfterMs: 30_000,
    });
    await expect(
      pullWith(
        json(
          503,
          { error: { code: 'm', message: 'Maintenance' } },
          { 'Retry-After': 'Fri, 20 Nov 2026 12:01:00 GMT' },
        ),
      ),
    ).rejects.toMatchObject({
      kind: 'transient',
      retryAfterMs: 60_000,
      message: 'The server answered 503 to the change request: Maintenance',
    });
    await expect(pullWith(new Response('<html>', { status: 200 }))).rejects.toMatchObject({
      kind: 'transient',
      message: 'The server sent a page of changes that is not JSON.',
    });
    await expect(pullWith(json(200, { cursor: 'x', changes: [] }))).rejects.toMatchObject({
      kind: 'transient',
    });
  });

  it('times out a request that does not answer', async () => {
    const hang: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    const source = createHttpSource({
      baseUrl: 'http://h',
      token: 't',
      fetch: hang,
      timeoutMs: 50,
    });
    const error = await source.pull(undefined, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({
      kind: 'transient',
      message: 'The server did not answer within 0 seconds.',
    });
  });

  it('pushes: success, 404 on any DELETE counts as done, refusals carry the server message', async () => {
    const pushWith = (res: Response, over: Partial<OutboxItem> = {}) =>
      createHttpSource({ baseUrl: 'http://h', token: 't', fetch: fakeFetch(() => res).f }).push(
        item(over),
      );
    expect(await pushWith(json(201, { id: 'n1' }))).toEqual({ ok: true, body: { id: 'n1' } });
    expect(
      await pushWith(new Response(null, { status: 204 }), {
        kind: 'note.delete',
        method: 'DELETE',
      }),
    ).toEqual({ ok: true });
    expect(await pushWith(json(404, undefined), { kind: 'note.delete', method: 'DELETE' })).toEqual(
      { ok: true },
    );
    // Every DELETE (sync protocol, issue #12): a repeat after a lost answer finds nothing.
    expect(await pushWith(json(404, undefined), { kind: 'role.delete', method: 'DELETE' })).toEqual(
      { ok: true },
    );
    expect(await pushWith(json(404, undefined), { kind: 'role.put', method: 'PUT' })).toEqual({
      ok: false,
      permanent: true,
      message: 'The server refused this change (404).',
    });
    expect(
      await pushWith(json(409, { error: { code: 'c', message: 'Edited by someone else' } })),
    ).toEqual({ ok: false, permanent: true, message: 'Edited by someone else' });
    await expect(pushWith(json(500, undefined))).rejects.toMatchObject({ kind: 'transient' });
    await expect(pushWith(json(401, undefined))).rejects.toMatchObject({ kind: 'auth' });
  });
});

describe('backoff', () => {
  it('doubles from about a second, with jitter in [half, full], capped at 5 minutes', () => {
    expect(backoffDelay(0, () => 0)).toBe(500);
    expect(backoffDelay(0, () => 1)).toBe(1000);
    expect(backoffDelay(3, () => 0.5)).toBe(6000);
    expect(backoffDelay(30, () => 1)).toBe(MAX_BACKOFF_MS);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter('Fri, 20 Nov 2026 12:00:10 GMT', NOW)).toBe(10_000);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
  });
});
