// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { parseConnectionString } from '@/lib/domain/connection-string';
import { exchangeConnectionCode } from '@/lib/sync/auth-exchange';
import { setClientVersion } from '@/lib/sync/client-version';
import { createHttpSource } from '@/lib/sync/http-source';

// The connection string an admin sends (server and one-time code), its exchange for a token,
// and the extension version header the admin page reads.

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });

describe('a connection string', () => {
  it('holds the server and the code', () => {
    expect(parseConnectionString('  https://cs.example.com/api/#code=upc_abc \n')).toEqual({
      ok: true,
      baseUrl: 'https://cs.example.com/api',
      code: 'upc_abc',
    });
  });
  it('says what is wrong with anything else', () => {
    expect(parseConnectionString('')).toMatchObject({ ok: false });
    expect(parseConnectionString('upr_just-a-token')).toMatchObject({
      ok: false,
      error: expect.stringContaining('#code='),
    });
    expect(parseConnectionString('not a url#code=x')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not a URL'),
    });
    expect(parseConnectionString('ftp://x.example#code=x')).toMatchObject({ ok: false });
    expect(parseConnectionString('https://x.example#code=')).toMatchObject({ ok: false });
  });
});

describe('exchanging a connection code', () => {
  afterEach(() => setClientVersion(''));

  it('posts the code and answers the token and person', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const answer = await exchangeConnectionCode(
      'https://cs.example.com/',
      'upc_1',
      async (u, i) => {
        calls.push({ url: String(u), init: i ?? {} });
        return json(200, { token: 'upr_t', user: { name: 'Ria', email: 'ria@example.com' } });
      },
    );
    expect(answer).toEqual({
      ok: true,
      value: { token: 'upr_t', user: { name: 'Ria', email: 'ria@example.com' } },
    });
    expect(calls[0]?.url).toBe('https://cs.example.com/v1/auth/exchange');
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ code: 'upc_1' });
  });

  it('tells a used or unknown code apart, and a server that cannot be reached', async () => {
    const used = await exchangeConnectionCode('https://x.example', 'c', async () =>
      json(410, { error: { code: 'code_spent', message: 'used' } }),
    );
    expect(used).toMatchObject({ ok: false, error: expect.stringContaining('already used') });
    const unknown = await exchangeConnectionCode('https://x.example', 'c', async () =>
      json(400, {}),
    );
    expect(unknown).toMatchObject({ ok: false, error: expect.stringContaining('does not know') });
    const down = await exchangeConnectionCode('https://x.example', 'c', async () => {
      throw new TypeError('fetch failed');
    });
    expect(down).toMatchObject({ ok: false, error: expect.stringContaining("Can't reach") });
    const odd = await exchangeConnectionCode('https://x.example', 'c', async () => json(200, {}));
    expect(odd).toMatchObject({ ok: false });
  });

  it('sends the extension version on every protocol request once it is set', async () => {
    const headers: unknown[] = [];
    const f: typeof fetch = async (_u, init) => {
      headers.push(init?.headers);
      return json(200, { cursor: 'c', hasMore: false, changes: [] });
    };
    const source = createHttpSource({ baseUrl: 'https://x.example', token: 't', fetch: f });
    await source.pull(undefined, 10);
    setClientVersion('1.2.3');
    await source.pull(undefined, 10);
    expect(headers[0]).not.toHaveProperty('X-Extension-Version');
    expect(headers[1]).toMatchObject({ 'X-Extension-Version': '1.2.3' });
  });
});
