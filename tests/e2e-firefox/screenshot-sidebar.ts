import { writeFileSync } from 'node:fs';
import { spaRoute, startCrmServer } from '../e2e/harness/crm-server';
import { launchFirefoxWithExtension } from './harness/firefox';
import { startHostProxy } from './harness/host-proxy';
import { startXvfb } from './harness/xvfb';

// Takes the README's picture of the real Firefox sidebar at its default width: headful
// Firefox ESR on a virtual display, the built add-on installed, a HubSpot contact open.
// Not run by CI:  npm run build:firefox && npx tsx tests/e2e-firefox/screenshot-sidebar.ts

const OUT = new URL('../e2e/screenshots/firefox-sidebar.png', import.meta.url).pathname;
const HUBSPOT = 'app.hubspot.com';
const ADA_URL = `https://${HUBSPOT}/contacts/21500012/record/0-1/501`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const xvfb = await startXvfb(1280, 800);
const crm = await startCrmServer([HUBSPOT], [spaRoute(HUBSPOT, 'spa/hubspot-spa.html')]);
const proxy = await startHostProxy({ [HUBSPOT]: crm.port });
const firefox = await launchFirefoxWithExtension({ pacUrl: proxy.pacUrl, display: xvfb.display });
try {
  // The demo workspace syncs on install; wait until it is done (a string: tsx would wrap a
  // function's inner helpers in a __name() the page does not have).
  const control = await firefox.openExtensionPage('options.html');
  const synced = `new Promise((resolve) => {
    const open = indexedDB.open('user-page');
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('meta')) return resolve(false);
      const get = db.transaction('meta').objectStore('meta').get('syncStatus');
      get.onsuccess = () => resolve(get.result?.value?.lastResult === 'ok' && get.result?.value?.phase === 'idle');
      get.onerror = () => resolve(false);
    };
  })`;
  for (let i = 0; i < 300 && !(await control.evaluate(synced)); i++) {
    if (i % 15 === 0) console.log('waiting for the demo sync', i);
    await sleep(1000);
  }
  await control.close();
  const tab = await firefox.openPage(ADA_URL);
  await tab.bringToFront();
  await tab.waitForFunction(
    "document.querySelector('[data-user-type-badge]')?.shadowRoot?.textContent?.includes('Power user')",
    { timeout: 60_000 },
  );
  await sleep(5000); // The sidebar's charts come from a lazily loaded chunk.
  writeFileSync(OUT, xvfb.capture());
  console.log(`Saved ${OUT}`);
} finally {
  await firefox.close();
  await proxy.close();
  await crm.close();
  xvfb.close();
}
