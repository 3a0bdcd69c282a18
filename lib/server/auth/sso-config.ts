// Single sign-on settings (OpenID Connect), from the environment or `--oidc-*` flags.

export interface SsoConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Email domains allowed to sign in (lower case); empty = any domain the provider vouches for. */
  allowedDomains: string[];
  /** When set, the ID token's `groupClaim` must list this group. */
  requiredGroup?: string;
  groupClaim: string;
  /** How long a token from sign-in lasts; the extension signs in again (silently) after. */
  tokenHours: number;
  /** Redirect URIs allowed besides the browsers' extension ones (exact prefixes). */
  extraRedirects: string[];
  /** The server's public base URL, which the provider redirects back to. */
  publicUrl?: string;
}

const list = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** SSO is on when issuer, client id and secret are all given. */
export function ssoFromEnv(
  env: Record<string, string | undefined>,
  flags: Record<string, string> = {},
): SsoConfig | undefined {
  const issuer = flags['oidc-issuer'] ?? env.OIDC_ISSUER;
  const clientId = flags['oidc-client-id'] ?? env.OIDC_CLIENT_ID;
  const clientSecret = flags['oidc-client-secret'] ?? env.OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return undefined;
  const hours = Number(flags['sso-token-hours'] ?? env.SSO_TOKEN_HOURS);
  const group = flags['oidc-required-group'] ?? env.OIDC_REQUIRED_GROUP;
  const publicUrl = flags['public-url'] ?? env.PUBLIC_URL;
  return {
    issuer,
    clientId,
    clientSecret,
    allowedDomains: list(flags['oidc-allowed-domains'] ?? env.OIDC_ALLOWED_DOMAINS).map((d) =>
      d.toLowerCase().replace(/^@/, ''),
    ),
    ...(group ? { requiredGroup: group } : {}),
    groupClaim: flags['oidc-group-claim'] ?? env.OIDC_GROUP_CLAIM ?? 'groups',
    tokenHours: Number.isFinite(hours) && hours > 0 ? hours : 12,
    extraRedirects: list(env.OIDC_EXTRA_REDIRECT_URIS),
    ...(publicUrl ? { publicUrl } : {}),
  };
}

/**
 * Where a token may be sent: the browsers' web-auth flow addresses only
 * (`https://<id>.chromiumapp.org/…`, Firefox's `https://<id>.extensions.allizom.org/…`),
 * so a link cannot make the server hand a rep's token to another site.
 */
export function redirectAllowed(uri: string, config: SsoConfig): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  if (
    url.protocol === 'https:' &&
    /^[a-z0-9-]+\.(chromiumapp\.org|extensions\.allizom\.org)$/.test(url.hostname)
  )
    return true;
  return config.extraRedirects.some((prefix) => uri.startsWith(prefix));
}
