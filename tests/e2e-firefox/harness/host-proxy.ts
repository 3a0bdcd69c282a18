import { createServer, request } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

// Firefox has no --host-resolver-rules. Instead a proxy auto-config (PAC) sends the real CRM
// and sync-server host names to this small local proxy, which hands each one to its test
// server: HTTPS (CONNECT host:443) is tunnelled to the fixture server, plain HTTP is forwarded.
// Nothing else goes through it, and /etc/hosts is never touched.

export interface HostProxy {
  port: number;
  /** The PAC script, as a data: URL for the `network.proxy.autoconfig_url` pref. */
  pacUrl: string;
  close(): Promise<void>;
}

/** `routes` maps a host name to the local port of the server that stands in for it. */
export async function startHostProxy(routes: Record<string, number>): Promise<HostProxy> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    // A proxied plain-HTTP request carries the absolute URL.
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'invalid'}`);
    const port = routes[url.hostname];
    if (port === undefined) {
      res.writeHead(502).end(`no route for ${url.hostname}`);
      return;
    }
    const upstream = request(
      {
        host: '127.0.0.1',
        port,
        method: req.method,
        path: url.pathname + url.search,
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
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const [host] = (req.url ?? '').split(':');
    const port = routes[host ?? ''];
    if (port === undefined) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const hosts = JSON.stringify(Object.keys(routes));
  const pac = `function FindProxyForURL(url, host) { return ${hosts}.indexOf(host) >= 0 ? "PROXY 127.0.0.1:${port}" : "DIRECT"; }`;
  return {
    port,
    pacUrl: `data:application/x-ns-proxy-autoconfig,${encodeURIComponent(pac)}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
