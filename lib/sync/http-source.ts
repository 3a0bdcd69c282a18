import type { OutboxItem } from '../db/records';
import { envelopeSchema, type WhoAmI, whoamiSchema } from '../protocol/schemas';
import { parseRetryAfter } from './backoff';
import { clientVersion } from './client-version';
import { type ChangePage, type PushResult, type Source, SourceError } from './source';

const REQUEST_TIMEOUT_MS = 30_000;
export const TOKEN_REJECTED =
  'The server rejected the API token. Check the token in Settings, then sync again.';

export interface HttpSourceOptions {
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => Date;
}

/** The sync protocol over HTTP (see /work/shared/sync-protocol.md). */
export function createHttpSource(opts: HttpSourceOptions): Source {
  const base = opts.baseUrl.trim().replace(/\/+$/, '');
  const doFetch = opts.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = opts.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const now = opts.now ?? (() => new Date());

  async function request(method: string, path: string, body?: unknown, signal?: AbortSignal) {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signals = signal ? [signal, timeout.signal] : [timeout.signal];
    try {
      const headers: Record<string, string> = {
        Authorization: `Bearer ${opts.token}`,
        Accept: 'application/json',
      };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      if (clientVersion()) headers['X-Extension-Version'] = clientVersion();
      const res = await doFetch(`${base}${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.any(signals),
      });
      // Read the body under the same timeout: a server can stall mid-body too.
      return { res, text: await res.text() };
    } catch (e) {
      if (signal?.aborted) throw e;
      if (timeout.signal.aborted)
        throw new SourceError(
          'transient',
          `The server did not answer within ${Math.round(timeoutMs / 1000)} seconds.`,
        );
      throw new SourceError('transient', `Can't reach the server at ${base} (${messageOf(e)}).`);
    } finally {
      clearTimeout(timer);
    }
  }

  function failure(res: Response, text: string, what: string): SourceError {
    if (res.status === 401 || res.status === 403) return new SourceError('auth', TOKEN_REJECTED);
    if (res.status === 410) return new SourceError('gone', 'The sync position expired.');
    const retryAfter =
      res.status === 429 || res.status === 503
        ? parseRetryAfter(res.headers.get('Retry-After'), now())
        : undefined;
    const detail = serverMessage(text);
    const why =
      res.status === 429 ? 'is busy (too many requests)' : `answered ${res.status} to ${what}`;
    return new SourceError(
      'transient',
      `The server ${why}${detail ? `: ${detail}` : '.'}`,
      retryAfter,
    );
  }

  function json(text: string, what: string): unknown {
    try {
      return JSON.parse(text);
    } catch {
      throw new SourceError('transient', `The server sent ${what} that is not JSON.`);
    }
  }

  return {
    kind: 'http',
    async pull(cursor, limit, signal): Promise<ChangePage> {
      const query = new URLSearchParams();
      if (cursor !== undefined) query.set('cursor', cursor);
      query.set('limit', String(limit));
      const { res, text } = await request('GET', `/v1/changes?${query}`, undefined, signal);
      if (res.status !== 200) throw failure(res, text, 'the change request');
      const parsed = envelopeSchema.safeParse(json(text, 'a page of changes'));
      if (!parsed.success)
        throw new SourceError(
          'transient',
          'The server sent a page of changes that does not follow the sync protocol.',
        );
      return parsed.data;
    },
    async push(item: OutboxItem, signal): Promise<PushResult> {
      const { res, text } = await request(item.method, item.path, item.body, signal);
      if (res.ok) return { ok: true, ...(text ? { body: safeJson(text) } : {}) };
      // Every DELETE is idempotent: after a lost answer the repeat finds nothing, which is done.
      if (res.status === 404 && item.method === 'DELETE') return { ok: true };
      if (isPermanent(res.status))
        return {
          ok: false,
          permanent: true,
          message: serverMessage(text) ?? `The server refused this change (${res.status}).`,
        };
      throw failure(res, text, 'a saved change');
    },
    async whoami(signal): Promise<WhoAmI> {
      const { res, text } = await request('GET', '/v1/whoami', undefined, signal);
      if (res.status !== 200) throw failure(res, text, 'the connection test');
      const parsed = whoamiSchema.safeParse(json(text, 'an answer'));
      if (!parsed.success)
        throw new SourceError(
          'transient',
          'The server answered, but not as a sync server: check the address.',
        );
      return parsed.data;
    },
  };
}

/** 4xx other than auth, timeout and rate limiting: repeating the same request won't help. */
const isPermanent = (status: number) =>
  status >= 400 && status < 500 && ![401, 403, 408, 429].includes(status);

function serverMessage(text: string): string | undefined {
  const body = safeJson(text) as { error?: { message?: unknown } } | undefined;
  const message = body?.error?.message;
  return typeof message === 'string' && message.trim() ? message.trim().slice(0, 300) : undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
