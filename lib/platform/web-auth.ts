import { browser } from 'wxt/browser';

// The browser's web-auth flow (identity.launchWebAuthFlow, Chrome and Firefox): a sign-in
// window the browser owns, which ends when the provider redirects to the extension's own
// redirect URL (https://<id>.chromiumapp.org/ or https://<id>.extensions.allizom.org/).

export const webAuthRedirectUrl = (): string => browser.identity.getRedirectURL();

/** The URL the flow ended on, or undefined when the rep closed the window or it failed. */
export async function launchWebAuth(url: string): Promise<string | undefined> {
  try {
    return (await browser.identity.launchWebAuthFlow({ url, interactive: true })) ?? undefined;
  } catch {
    return undefined;
  }
}
