import type { Context } from 'hono';
import { Hono } from 'hono';
import * as oidc from 'openid-client';
import type { Sql } from '../db/driver';
import { fail } from '../http/errors';
import { audit } from './audit';
import { createRepToken } from './secrets';
import { redirectAllowed, type SsoConfig } from './sso-config';
import { seal, stateKey, unseal } from './sso-state';

// Sign-in with the team's identity provider (sync-protocol.md "Sign-in (optional)", sso):
// the server is an OpenID Connect relying party (authorization code flow with PKCE). The
// extension opens /v1/auth/sso/start in the browser's web-auth flow; after the provider
// vouches for a verified email in an allowed domain (and group, when one is required), the
// server redirects to the flow's URL with a rep token that expires after `tokenHours`.

const STATE_MINUTES = 10;

export function ssoRoutes(db: Sql, config: SsoConfig, now: () => number = Date.now): Hono {
  const app = new Hono();
  let discovered: Promise<oidc.Configuration> | undefined;
  const provider = () => {
    const issuer = new URL(config.issuer);
    // Plain http only for a provider on this machine (tests, a local development IdP).
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    discovered ??= oidc
      .discovery(issuer, config.clientId, config.clientSecret, undefined, {
        ...(loopback ? { execute: [oidc.allowInsecureRequests] } : {}),
      })
      .catch((e) => {
        discovered = undefined; // try again on the next sign-in
        throw e;
      });
    return discovered;
  };
  const callbackUrl = (c: Context) =>
    `${(config.publicUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '')}/v1/auth/sso/callback`;

  app.get('/auth/sso/start', async (c) => {
    const redirectUri = c.req.query('redirect_uri') ?? '';
    if (!redirectAllowed(redirectUri, config))
      return fail(
        c,
        400,
        'bad_redirect',
        'redirect_uri must be the browser extension’s web-auth URL.',
      );
    const verifier = oidc.randomPKCECodeVerifier();
    const nonce = oidc.randomNonce();
    const state = seal(await stateKey(db), {
      verifier,
      nonce,
      redirectUri,
      expires: now() + STATE_MINUTES * 60_000,
    });
    const url = oidc.buildAuthorizationUrl(await provider(), {
      redirect_uri: callbackUrl(c),
      scope: 'openid email profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return c.redirect(url.href, 302);
  });

  app.get('/auth/sso/callback', async (c) => {
    const sealed = c.req.query('state') ?? '';
    const state = unseal(await stateKey(db), sealed, now());
    if (!state) return fail(c, 400, 'bad_state', 'This sign-in has expired; start again.');
    const back = (fragment: Record<string, string>) =>
      c.redirect(`${state.redirectUri}#${new URLSearchParams(fragment)}`, 302);
    const refuse = async (reason: string, who = 'unknown') => {
      await audit(db, { actor: who, action: 'signin.refused', detail: `sso: ${reason}` });
      return back({ error: 'access_denied', error_description: reason });
    };
    if (c.req.query('error')) return refuse(`provider: ${c.req.query('error')}`);
    let claims: oidc.IDToken | undefined;
    try {
      const current = new URL(callbackUrl(c));
      current.search = new URL(c.req.url).search;
      const tokens = await oidc.authorizationCodeGrant(await provider(), current, {
        pkceCodeVerifier: state.verifier,
        expectedNonce: state.nonce,
        expectedState: sealed,
        idTokenExpected: true,
      });
      claims = tokens.claims();
    } catch (e) {
      return refuse(`the provider's answer was not accepted (${(e as Error).name})`);
    }
    const email = typeof claims?.email === 'string' ? claims.email.trim() : '';
    if (!email || claims?.email_verified !== true)
      return refuse('no verified email', email || 'unknown');
    const domain = email.split('@')[1]?.toLowerCase() ?? '';
    if (config.allowedDomains.length && !config.allowedDomains.includes(domain))
      return refuse(`email domain ${domain} is not allowed`, email);
    if (config.requiredGroup) {
      const groups = claims?.[config.groupClaim];
      if (!Array.isArray(groups) || !groups.includes(config.requiredGroup))
        return refuse(`not in group ${config.requiredGroup}`, email);
    }
    const name = typeof claims?.name === 'string' && claims.name ? claims.name : email;
    const expiresAt = new Date(now() + config.tokenHours * 3_600_000);
    const { rep, token } = await createRepToken(db, { name, email }, { source: 'sso', expiresAt });
    await audit(db, { actor: email, action: 'signin.sso', target: rep.id });
    return back({ token, expires_at: expiresAt.toISOString() });
  });
  return app;
}
