// The sync server's address: which URLs may carry the API token, and which origin permission
// the browser must grant. Pure URL checks, shared by the options forms, messages and platform.

// Which server origins the manifest already allows (host_permissions in wxt.config.ts); any
// other origin needs a run-time grant through optional_host_permissions.
const PRE_GRANTED_HOSTS = new Set(['localhost', '127.0.0.1']);

/** The match pattern to ask the browser for, e.g. "https://cs.example.com/*". */
export function originPattern(baseUrl: string): string {
  const url = new URL(baseUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

export function needsHostPermission(baseUrl: string): boolean {
  const url = new URL(baseUrl);
  return !(url.protocol === 'http:' && PRE_GRANTED_HOSTS.has(url.hostname));
}

/** Whether two base URLs talk to the same server (scheme, host and port): a saved token is
 * reused only there, never sent to a host the user just typed. */
export function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a.trim()).origin === new URL(b.trim()).origin;
  } catch {
    return false;
  }
}

export const PLAIN_HTTP_MESSAGE =
  'Use https://. A plain http:// address is allowed only for a server on this computer (localhost): elsewhere the API token and your data would travel unencrypted';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https anywhere; http only to this computer (a test or local server). */
export function isAllowedServerUrl(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && LOOPBACK.has(url.hostname.toLowerCase());
}
