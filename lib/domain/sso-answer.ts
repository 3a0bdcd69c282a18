// What the sync server's sign-in put in the web-auth flow's final URL (sync-protocol.md,
// "Sign-in (optional)"): `#token=…&expires_at=…`, or `#error=…&error_description=…`.

export type SsoAnswer =
  | { ok: true; token: string; expiresAt?: string }
  | { ok: false; error: string };

export function ssoStartUrl(baseUrl: string, redirectUri: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/v1/auth/sso/start?redirect_uri=${encodeURIComponent(redirectUri)}`;
}

export function parseSsoAnswer(finalUrl: string | undefined): SsoAnswer {
  if (!finalUrl)
    return {
      ok: false,
      error:
        'Sign-in did not finish: the window was closed, or this server does not offer sign-in with a company account.',
    };
  const hash = finalUrl.includes('#') ? finalUrl.slice(finalUrl.indexOf('#') + 1) : '';
  const params = new URLSearchParams(hash);
  const token = params.get('token');
  if (token) {
    const expiresAt = params.get('expires_at');
    return { ok: true, token, ...(expiresAt ? { expiresAt } : {}) };
  }
  const why = params.get('error_description') ?? params.get('error');
  return {
    ok: false,
    error: why ? `The server refused the sign-in: ${why}.` : 'The server sent no token back.',
  };
}
