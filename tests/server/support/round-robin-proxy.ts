import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small HTTP proxy on loopback handing each request to the next of `backends` in turn. A
 * backend that refuses connections (a killed process) is dropped from the rotation and the
 * request answered 502, which clients retry like any 5xx.
 */
export async function startRoundRobin(backends: string[]) {
  const live = [...backends];
  let next = 0;
  const server = createServer((req, res) => {
    if (live.length === 0) return void res.writeHead(502).end();
    const target = new URL(live[next++ % live.length] as string);
    const upstream = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ECONNREFUSED') live.splice(live.indexOf(target.origin), 1);
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
