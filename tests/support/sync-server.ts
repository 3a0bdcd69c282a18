/**
 * A fault-injecting sync server for tests, faithful to /work/shared/sync-protocol.md.
 *
 *   const server = await startSyncServer({ token: 'secret', pageSize: 100 });
 *   server.state.upsert('workspace', { id: 'w1', name: 'Acme' });   // edits append to the feed
 *   server.state.upsert('user', { id: 'u1', email: 'a@x.io', createdAt: '2026-01-01T00:00:00Z' });
 *   server.state.appendRaw({ type: 'user', op: 'upsert', data: { id: 'bad' } }); // invalid record
 *   server.faults.add({ on: 'pull', status: 503, retryAfter: '1', times: 2 });
 *   server.faults.add({ on: 'push', kind: 'hang' });               // never answers (timeouts)
 *   server.faults.add({ on: 'push', status: 500, afterApply: true }); // applied, answer lost
 *   server.faults.add({ on: 'pull', kind: 'hold', skip: 1 }); // 2nd pull waits for release()
 *   // base URL for the extension / HttpSource: server.url (http://127.0.0.1:<port>, no slash)
 *   server.pushes   // every push received: method, path, body, status, effect
 *   await server.close();
 *
 * Endpoints: GET /v1/whoami, GET /v1/changes?cursor&limit (cursor = feed position + epoch;
 * `state.expireCursors()` makes old cursors answer 410), PUT/DELETE /v1/notes/{id},
 * PUT /v1/enrollments/{id}, PATCH and PUT /v1/users/{id} (409 when a PUT's email belongs to
 * another user), PUT/DELETE /v1/roles/{id} and
 * /v1/personas/{id}. Writes are idempotent (a repeat with the same body changes nothing and
 * is not echoed again) and accepted writes are echoed into the feed with the same ids.
 * Every response carries permissive CORS headers and OPTIONS is answered, so a browser
 * extension page or worker can talk to it. Faults apply to the next matching requests, in the
 * order added: `status` (5xx, 429 + retryAfter, 401/403, 410, 400/404/409/422 with
 * `message`), `kind` 'hang' (no answer until close), 'malformed' (not JSON), 'badEnvelope'
 * (JSON that is not a page), 'duplicate' (each change of the page twice), 'overlap' (the page
 * starts `overlapBy` changes before the cursor), 'stuck' (a page that hands back the request's
 * own cursor with `hasMore: true`, a server fault the client must back off from), 'noEcho'
 * (a push is stored and answered but never echoed into the feed);
 * `afterApply` processes the request first.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pushHandlers } from './sync-server-push';
import { SyncServerState } from './sync-server-state';

export { SyncServerState } from './sync-server-state';

export interface Fault {
  on?: 'pull' | 'push' | 'whoami' | 'any';
  /** Only requests whose path contains this. */
  path?: string;
  status?: number;
  retryAfter?: string;
  message?: string;
  /** 'hold': answered normally, but only once `faults.release()` is called (a slow sync). */
  kind?:
    | 'hang'
    | 'malformed'
    | 'badEnvelope'
    | 'duplicate'
    | 'overlap'
    | 'stuck'
    | 'noEcho'
    | 'hold';
  overlapBy?: number;
  afterApply?: boolean;
  /** How many matching requests it hits (default 1). */
  times?: number;
  /** How many matching requests go through untouched before it hits (default 0). */
  skip?: number;
}

export interface PushRecord {
  method: string;
  path: string;
  body: unknown;
  status: number;
  effect: 'changed' | 'unchanged' | 'refused' | 'fault';
}

export interface SyncServerOptions {
  token?: string;
  /** Most changes per page (the server may return fewer than the client's limit). */
  pageSize?: number;
  /** Send `remaining` (changes left after each page), as a server that knows it may. */
  remaining?: boolean;
  whoami?: { workspace: { id: string; name: string }; user: { name: string; email: string } };
}

export interface SyncServer {
  url: string;
  port: number;
  state: SyncServerState;
  faults: {
    add(f: Fault): void;
    clear(): void;
    /** Lets every request held by a 'hold' fault through. */
    release(): void;
    readonly pending: Fault[];
  };
  pushes: PushRecord[];
  /** Every request as "METHOD /path?query" (for asserting retries). */
  requests: string[];
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, PUT, PATCH, DELETE, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
  'Access-Control-Max-Age': '600',
};

export async function startSyncServer(opts: SyncServerOptions = {}): Promise<SyncServer> {
  const token = opts.token ?? 'secret';
  const state = new SyncServerState();
  const pending: Fault[] = [];
  const pushes: PushRecord[] = [];
  const requests: string[] = [];
  const hanging = new Set<ServerResponse>();
  let releaseHeld = () => {};
  let held = new Promise<void>((resolve) => {
    releaseHeld = resolve;
  });
  const whoami = opts.whoami ?? {
    workspace: { id: 'w1', name: 'Test workspace' },
    user: { name: 'Test Rep', email: 'rep@example.com' },
  };

  const takeFault = (on: 'pull' | 'push' | 'whoami', path: string): Fault | undefined => {
    const i = pending.findIndex(
      (f) => ((f.on ?? 'any') === 'any' || f.on === on) && (!f.path || path.includes(f.path)),
    );
    const f = pending[i];
    if (!f) return undefined;
    if (f.skip) {
      f.skip -= 1;
      return undefined;
    }
    const left = (f.times ?? 1) - 1;
    if (left <= 0) pending.splice(i, 1);
    else f.times = left;
    return f;
  };

  const send = (res: ServerResponse, status: number, body?: unknown, extra = {}) => {
    res.writeHead(status, { ...CORS, 'Content-Type': 'application/json', ...extra });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
  const error = (res: ServerResponse, status: number, message: string, extra = {}) =>
    send(res, status, { error: { code: String(status), message } }, extra);

  /** Answers as the fault says; false when the fault only shapes a normal answer. */
  const answerFault = (res: ServerResponse, f: Fault): boolean => {
    if (f.kind === 'hang') {
      hanging.add(res);
      return true;
    }
    if (f.kind === 'malformed') {
      res.writeHead(200, { ...CORS, 'Content-Type': 'application/json' });
      res.end('{"cursor": "x", "hasMore": fal');
      return true;
    }
    if (f.kind === 'badEnvelope') {
      send(res, 200, { cursor: 42, more: true, changes: 'none' });
      return true;
    }
    if (f.status) {
      error(res, f.status, f.message ?? `Injected ${f.status}`, {
        ...(f.retryAfter ? { 'Retry-After': f.retryAfter } : {}),
      });
      return true;
    }
    return false;
  };

  const handlePull = (res: ServerResponse, url: URL, fault: Fault | undefined) => {
    const cursor = url.searchParams.get('cursor');
    const position = cursor === null ? 0 : state.positionOf(cursor);
    if (position === 'gone') return error(res, 410, 'Cursor expired; sync again from scratch.');
    if (position === undefined) return error(res, 400, 'Unreadable cursor.');
    if (fault?.kind === 'stuck')
      return send(res, 200, { cursor: cursor ?? state.cursorAt(0), hasMore: true, changes: [] });
    const asked = Number(url.searchParams.get('limit') ?? 5000);
    const limit = Math.max(1, Math.min(asked || 5000, 5000, opts.pageSize ?? 5000));
    const end = Math.min(state.feed.length, position + limit);
    const start =
      fault?.kind === 'overlap' ? Math.max(0, position - (fault.overlapBy ?? 5)) : position;
    let changes = state.feed.slice(start, end);
    if (fault?.kind === 'duplicate') changes = changes.flatMap((c) => [c, c]);
    send(res, 200, {
      cursor: state.cursorAt(end),
      hasMore: end < state.feed.length,
      changes,
      ...(opts.remaining ? { remaining: state.feed.length - end } : {}),
    });
  };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS);
      return res.end();
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const isPull = req.method === 'GET' && url.pathname === '/v1/changes';
    const isWhoami = req.method === 'GET' && url.pathname === '/v1/whoami';
    const on = isPull ? 'pull' : isWhoami ? 'whoami' : 'push';
    let fault = takeFault(on, url.pathname);
    if (fault?.kind === 'hold') {
      await held;
      fault = undefined;
    }
    if (fault && !fault.afterApply && answerFault(res, fault)) {
      if (on === 'push')
        pushes.push({
          method: req.method ?? '',
          path: url.pathname,
          body: parse(raw),
          status: fault.status ?? 0,
          effect: 'fault',
        });
      return;
    }
    if (req.headers.authorization !== `Bearer ${token}`)
      return error(res, 401, 'Invalid API token.');
    if (isWhoami) return send(res, 200, whoami);
    if (isPull) return handlePull(res, url, fault);
    const body = parse(raw);
    const feedBefore = state.feed.length;
    const result = pushHandlers(state, req.method ?? '', url.pathname, body);
    if (fault?.kind === 'noEcho') state.feed.length = feedBefore;
    pushes.push({
      method: req.method ?? '',
      path: url.pathname,
      body,
      status: result.status,
      effect: result.effect,
    });
    if (fault?.afterApply && answerFault(res, fault)) return;
    if (result.status === 204) return send(res, 204);
    if (result.error) return error(res, result.status, result.error);
    send(res, result.status, result.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    state,
    faults: {
      add: (f) => pending.push({ ...f }),
      clear: () => pending.splice(0),
      release: () => {
        releaseHeld();
        held = new Promise<void>((resolve) => {
          releaseHeld = resolve;
        });
      },
      get pending() {
        return pending;
      },
    },
    pushes,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        releaseHeld();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function parse(raw: string): unknown {
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
