import { browser } from 'wxt/browser';
import { OPT_IN_SITE_IDS, OPT_IN_SITES, type OptInSiteId } from '../domain/crms';

// An opt-in site is on exactly when the browser granted its hosts: the permission is the one
// switch (the rep may also revoke it from the browser's own settings). Its content script is
// registered while it is on, and only then.

const origins = (site: OptInSiteId) => [...OPT_IN_SITES[site].matches];
const scriptId = (site: OptInSiteId) => `site-${site}`;

export async function isSiteOn(site: OptInSiteId): Promise<boolean> {
  return browser.permissions.contains({ origins: origins(site) });
}

/**
 * Asks the browser for the site's hosts (call first thing in the click handler: the prompt
 * needs the user gesture), then registers its content script. Resolves whether it is on.
 */
export async function turnSiteOn(site: OptInSiteId): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: origins(site) });
  if (granted) await syncSiteScripts();
  return granted;
}

export async function turnSiteOff(site: OptInSiteId): Promise<void> {
  await browser.permissions.remove({ origins: origins(site) });
  await syncSiteScripts();
}

/** Registers the content script of every site that is on, unregisters the others. */
export async function syncSiteScripts(): Promise<void> {
  const registered = new Set(
    (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id),
  );
  for (const site of OPT_IN_SITE_IDS) {
    const id = scriptId(site);
    const on = await isSiteOn(site);
    if (on && !registered.has(id))
      await browser.scripting.registerContentScripts([
        {
          id,
          js: [`content-scripts/${site}.js`],
          matches: origins(site),
          runAt: 'document_idle',
        },
      ]);
    if (!on && registered.has(id)) await browser.scripting.unregisterContentScripts({ ids: [id] });
  }
}
