import { request } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { selfSignedCert } from '../../e2e/harness/tls';

// A custom sync server on another host must be HTTPS (plain http:// is allowed for localhost
// only), and the test sync server speaks plain HTTP: this front ends TLS (self-signed; the
// browser is started with acceptInsecureCerts) and forwards each request to it unchanged.

export interface TlsFront {
  port: number;
  close(): Promise<void>;
}

export async function startTlsFront(upstreamPort: number): Promise<TlsFront> {
  const server: Server = createServer(selfSignedCert(), (req, res) => {
    const upstream = request(
      {
        host: '127.0.0.1',
        port: upstreamPort,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
