import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '@/lib/server/auth/audit';
import { revokeRep } from '@/lib/server/auth/secrets';
import type { SsoConfig } from '@/lib/server/auth/sso-config';
import { silentLogger } from '@/lib/server/log';
import { type RunningServer, startServer } from '@/lib/server/server';
import { BACKENDS, openTestDatabase, type TestDatabase } from './support/databases';
import { startOidcProvider, walkSignIn } from './support/local-oidc-provider';

// Sign-in with the team's identity provider, against a real OpenID Connect provider on
// loopback: who may sign in (verified email, allowed domain, required group), where the token
// may go, and that tokens from sign-in expire and die with a revocation.

const DONE = 'http://127.0.0.1/done';

describe.each(BACKENDS)('single sign-on on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  let provider: Awaited<ReturnType<typeof startOidcProvider>>;
  const sso: SsoConfig = {
    issuer: '',
    clientId: '',
    clientSecret: '',
    allowedDomains: ['example.com'],
    groupClaim: 'groups',
    tokenHours: 12,
    extraRedirects: [DONE],
  };
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    server = await startServer({ db: database.db, log: silentLogger, config: { sso } });
    provider = await startOidcProvider({
      redirectUri: `${server.url}/v1/auth/sso/callback`,
      people: [
        { email: 'ria@example.com', groups: ['cs-team'] },
        { email: 'nogroup@example.com' },
        { email: 'eve@elsewhere.org', groups: ['cs-team'] },
        { email: 'unverified@example.com', emailVerified: false, groups: ['cs-team'] },
      ],
    });
    // The provider needs the server's callback URL and the server the provider's issuer:
    // the server discovers the provider lazily, on the first sign-in.
    Object.assign(sso, {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
    });
  });
  afterAll(async () => {
    await server?.close();
    await provider?.close();
    await database?.drop();
  });

  const start = (redirect = DONE) =>
    `${server.url}/v1/auth/sso/start?redirect_uri=${encodeURIComponent(redirect)}`;
  const signIn = async (email: string) =>
    new URLSearchParams(new URL(await walkSignIn(start(), email, DONE)).hash.slice(1));
  const whoami = (token: string) =>
    fetch(`${server.url}/v1/whoami`, { headers: { authorization: `Bearer ${token}` } });

  it('signs a verified person of an allowed domain in, with a token that expires', async () => {
    const methods = await (await fetch(`${server.url}/v1/auth`)).json();
    expect(methods.methods).toContain('sso');
    const answer = await signIn('ria@example.com');
    const token = answer.get('token') as string;
    expect(token).toMatch(/^upr_/);
    const res = await whoami(token);
    expect(res.status).toBe(200);
    expect((await res.json()).user.email).toBe('ria@example.com');
    const [row] = await database.db.query<{ expires_at: string | Date; source: string }>(
      `SELECT expires_at, source FROM reps WHERE email = 'ria@example.com'`,
    );
    expect(row?.source).toBe('sso');
    expect(new Date(row?.expires_at as string).toISOString()).toBe(answer.get('expires_at'));
    expect((await listAudit(database.db))[0]).toMatchObject({
      actor: 'ria@example.com',
      action: 'signin.sso',
    });

    // Expired: the token answers 401, as the protocol says, and the rep signs in again.
    await database.db.query(
      `UPDATE reps SET expires_at = now() - interval '1 second' WHERE email = 'ria@example.com'`,
    );
    expect((await whoami(token)).status).toBe(401);
  });

  it('a revoked person is out at once', async () => {
    const token = (await signIn('ria@example.com')).get('token') as string;
    expect((await whoami(token)).status).toBe(200);
    await revokeRep(database.db, 'ria@example.com');
    expect((await whoami(token)).status).toBe(401);
  });

  it('refuses another domain and an unverified email, and says why to the extension', async () => {
    const before = (await database.db.query('SELECT id FROM reps')).length;
    const other = await signIn('eve@elsewhere.org');
    expect(other.get('token')).toBeNull();
    expect(other.get('error')).toBe('access_denied');
    expect(other.get('error_description')).toContain('elsewhere.org');
    expect((await signIn('unverified@example.com')).get('error')).toBe('access_denied');
    expect((await database.db.query('SELECT id FROM reps')).length).toBe(before);
    expect((await listAudit(database.db))[0]?.action).toBe('signin.refused');
  });

  it('with a required group, refuses a person outside it', async () => {
    sso.requiredGroup = 'cs-team';
    try {
      const refused = await signIn('nogroup@example.com');
      expect(refused.get('error_description')).toContain('cs-team');
      expect((await signIn('ria@example.com')).get('token')).toMatch(/^upr_/);
    } finally {
      delete sso.requiredGroup;
    }
  });

  it('sends a token only to the extension’s web-auth URL, and refuses a forged state', async () => {
    const res = await fetch(start('https://evil.example/steal'), { redirect: 'manual' });
    expect(res.status).toBe(400);
    const chrome = await fetch(start('https://abcdefghijklmnop.chromiumapp.org/'), {
      redirect: 'manual',
    });
    expect(chrome.status).toBe(302);
    expect(chrome.headers.get('location')).toContain(provider.issuer);
    const forged = await fetch(`${server.url}/v1/auth/sso/callback?code=x&state=forged`, {
      redirect: 'manual',
    });
    expect(forged.status).toBe(400);
  });
});
