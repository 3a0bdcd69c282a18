import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { selfSignedCert } from './tls';

export const FIXTURES_DIR = new URL('../../fixtures/crm/', import.meta.url).pathname;

/** Answers one request; return false to fall through to a 404. */
export type CrmRoute = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | undefined;

export interface CrmServer {
  port: number;
  /** Hosts the browser must resolve to this server. */
  hosts: string[];
  close(): Promise<void>;
}

/** Where the SPA fixtures load their shared client-side router (tests/fixtures/crm/spa/). */
export const SPA_ROUTER_PATH = '/__fixtures/spa-router.js';

/** Serves `html` for every path of a CRM single-page app (the app routes on the client). */
export function spaRoute(host: string, fixtureFile: string): CrmRoute {
  return (req, res, url) => {
    if (req.headers.host?.split(':')[0] !== host) return false;
    if (url.pathname === '/favicon.ico') return false;
    if (url.pathname === SPA_ROUTER_PATH) {
      res.writeHead(200, {
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(readFileSync(join(FIXTURES_DIR, 'spa/spa-router.js')));
      return true;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(join(FIXTURES_DIR, fixtureFile)));
    return true;
  };
}

/**
 * An HTTPS server that stands in for CRM web apps: Chromium maps each real CRM host name to it
 * (see hostResolverRules), so the extension's real manifest matches run on real URLs.
 */
export async function startCrmServer(hosts: string[], routes: CrmRoute[]): Promise<CrmServer> {
  const server: Server = createServer(selfSignedCert(), (req, res) => {
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
    for (const route of routes) if (route(req, res, url)) return;
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    hosts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function hostResolverRules(server: Pick<CrmServer, 'port' | 'hosts'>): string {
  return server.hosts.map((h) => `MAP ${h}:443 127.0.0.1:${server.port}`).join(', ');
}
