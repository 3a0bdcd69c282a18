import { browser } from 'wxt/browser';
import { needsHostPermission, originPattern } from '../domain/server-origin';

export type OriginPermissionResult = { ok: true } | { ok: false; reason: string };

type GeckoManifest = {
  browser_specific_settings?: {
    gecko?: { data_collection_permissions?: { optional?: string[] } };
  };
};

/**
 * What goes to a sync server the user connects (notes, edits about people, the API token), as
 * the Firefox manifest declares it (optional data collection, wxt.config.ts). Chrome's manifest
 * declares none. Read synchronously: an await before request() would lose the user's click.
 */
function optionalDataCollection(): string[] {
  try {
    const manifest = browser.runtime.getManifest() as GeckoManifest;
    return manifest.browser_specific_settings?.gecko?.data_collection_permissions?.optional ?? [];
  } catch {
    return [];
  }
}

/**
 * Makes sure the extension may talk to the sync server's origin. Origins outside the manifest's
 * hosts are asked for at run time (optional_host_permissions); Firefox also asks whether the
 * data may go to the server. The browser only shows the prompt inside a user gesture, so call
 * this first thing in a click handler, before any other await.
 */
export async function ensureOriginPermission(baseUrl: string): Promise<OriginPermissionResult> {
  const origins = needsHostPermission(baseUrl) ? [originPattern(baseUrl)] : [];
  const dataCollection = optionalDataCollection();
  if (origins.length === 0 && dataCollection.length === 0) return { ok: true };
  const request = {
    origins,
    ...(dataCollection.length ? { data_collection: dataCollection } : {}),
  };
  try {
    // request() resolves true at once when everything is already granted.
    if (await browser.permissions.request(request)) return { ok: true };
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
