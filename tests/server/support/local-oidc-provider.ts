import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

// A real OpenID Connect provider (the `oidc-provider` package) on loopback, with its own
// development sign-in pages, and a browser-like walk through them for the server tests.

export interface LocalPerson {
  email: string;
  emailVerified?: boolean;
  groups?: string[];
}

export async function startOidcProvider(opts: { redirectUri: string; people: LocalPerson[] }) {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const http = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'crm-panel',
        client_secret: 'a-test-client-secret',
        redirect_uris: [opts.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    // The ID token carries the claims (the server reads no userinfo).
    conformIdTokenClaims: false,
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    findAccount: (_ctx: unknown, id: string) => {
      const person = opts.people.find((p) => p.email === id);
      return {
        accountId: id,
        claims: async () => ({
          sub: id,
          email: id,
          email_verified: person?.emailVerified ?? true,
          name: id.split('@')[0],
          groups: person?.groups ?? [],
        }),
      };
    },
  });
  handler = provider.callback() as typeof handler;
  return {
    issuer,
    clientId: 'crm-panel',
    clientSecret: 'a-test-client-secret',
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}

/**
 * Follows a sign-in from the server's /sso/start through the provider's login and consent
 * pages, as a browser would, until the redirect to the extension's URL; returns that URL.
 */
export async function walkSignIn(
  startUrl: string,
  email: string,
  finalPrefix: string,
): Promise<string> {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = (pair as string).indexOf('=');
      jar.set((pair as string).slice(0, at), (pair as string).slice(at + 1));
    }
  };
  let url = startUrl;
  let init: RequestInit = {};
  for (let step = 0; step < 20; step++) {
    if (url.startsWith(finalPrefix)) return url;
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { cookie: cookie(), ...(init.headers ?? {}) },
    });
    keep(res);
    init = {};
    const location = res.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (res.status !== 200 || !action)
      throw new Error(`Sign-in stuck at ${url}: ${res.status} ${html.slice(0, 300)}`);
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1] ?? '';
    const body = new URLSearchParams({
      prompt,
      ...(prompt === 'login' ? { login: email, password: 'x' } : {}),
    });
    url = new URL(action, url).href;
    init = {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    };
  }
  throw new Error('Sign-in did not finish in 20 steps.');
}
