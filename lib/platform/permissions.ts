import { browser } from 'wxt/browser';
import { needsHostPermission, originPattern } from '../options/server-origin';

export type OriginPermissionResult = { ok: true } | { ok: false; reason: string };

/**
 * Makes sure the extension may talk to the sync server's origin. Origins outside the manifest's
 * hosts are asked for at run time (optional_host_permissions). The browser only shows the prompt
 * inside a user gesture, so call this first thing in a click handler, before any other await.
 */
export async function ensureOriginPermission(baseUrl: string): Promise<OriginPermissionResult> {
  if (!needsHostPermission(baseUrl)) return { ok: true };
  const origins = [originPattern(baseUrl)];
  try {
    // request() resolves true at once when the origin is already granted.
    if (await browser.permissions.request({ origins })) return { ok: true };
  } catch (error) {
    return {
      ok: false,
      reason: `The browser could not ask for access to ${new URL(baseUrl).host}: ${
        error instanceof Error ? error.message : String(error)
      }`,
    };
  }
  return {
    ok: false,
    reason: `Access to ${new URL(baseUrl).host} was not allowed, so the extension cannot reach the sync server. Click Save again and choose “Allow” to use it.`,
  };
}
