import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WorkspaceGenerator } from './workspace-generator';

/**
 * A read-only sync server (protocol v1: whoami + the change feed) for the generated workspace.
 * Pages are generated on demand and cached as bytes, so the 1,000,000-event feed never exists
 * as one string, and a measured run never waits on the generator (see `warm`).
 * It records when each pull arrives, so the gaps between pulls show the client's time per page.
 */
export interface PullRecord {
  from: number;
  count: number;
  /** ms since the server started: request received, response fully written. */
  receivedAt: number;
  sentAt: number;
}

export interface BenchServer {
  url: string;
  /** Changes currently in the feed (base workspace + events added since). */
  total(): number;
  /** Appends `n` new events to the feed (the incremental-sync scenario). */
  addEvents(n: number): void;
  /** Builds every page of the current feed ahead of measuring. */
  warm(limit?: number): void;
  pulls: PullRecord[];
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'Authorization, Content-Type, Accept',
  'access-control-allow-methods': 'GET, PUT, PATCH, DELETE, OPTIONS',
};

export async function startBenchServer(
  gen: WorkspaceGenerator,
  token: string,
): Promise<BenchServer> {
  let total = gen.baseCount;
  const cache = new Map<string, Buffer>();
  const pulls: PullRecord[] = [];
  const started = performance.now();

  const page = (from: number, limit: number): { body: Buffer; count: number } => {
    const to = Math.min(total, from + limit);
    const hasMore = to < total;
    const key = `${from}:${to}:${hasMore}`;
    let body = cache.get(key);
    if (!body) {
      body = Buffer.from(gen.pageJson(from, to, `o:${to}`, hasMore));
      cache.set(key, body);
    }
    return { body, count: to - from };
  };

  const send = (res: ServerResponse, status: number, body: string | Buffer) => {
    res.writeHead(status, { ...CORS, 'content-type': 'application/json' });
    res.end(body);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const receivedAt = performance.now() - started;
    if (req.method === 'OPTIONS') return void res.writeHead(204, CORS).end();
    if (req.headers.authorization !== `Bearer ${token}`)
      return send(res, 401, '{"error":{"code":"unauthorized","message":"Bad token"}}');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.replace(/\/+$/, '');
    if (req.method === 'GET' && path.endsWith('/v1/whoami'))
      return send(
        res,
        200,
        JSON.stringify({
          workspace: { id: 'bench', name: 'Bench Workspace' },
          user: { name: 'Bench Runner', email: 'bench@example.com' },
        }),
      );
    if (req.method === 'GET' && path.endsWith('/v1/changes')) {
      const cursor = url.searchParams.get('cursor');
      const from = cursor?.startsWith('o:') ? Number(cursor.slice(2)) : 0;
      const limit = Math.min(5000, Math.max(1, Number(url.searchParams.get('limit') ?? 5000)));
      const { body, count } = page(Number.isFinite(from) ? from : 0, limit);
      send(res, 200, body);
      pulls.push({ from, count, receivedAt, sentAt: performance.now() - started });
      return;
    }
    // Pushes are not part of the benchmark: accept them so the outbox drains.
    if (req.method === 'PUT' || req.method === 'PATCH') return send(res, 200, '{}');
    if (req.method === 'DELETE') return void res.writeHead(204, CORS).end();
    send(res, 404, '{"error":{"code":"not_found","message":"Not found"}}');
  };

  const server = createServer(handle);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api`,
    total: () => total,
    addEvents(n) {
      total += n;
    },
    warm(limit = 5000) {
      for (let from = 0; from < total; from += limit) page(from, limit);
    },
    pulls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
