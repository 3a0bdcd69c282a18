/**
 * The event the page-world helper fires on `window` when the app changes its URL. DOM events
 * cross from the page's world to the content script's; the Navigation API's own events do not
 * reach content scripts, and history.pushState cannot be seen from there at all.
 */
export const LOCATION_EVENT = 'user-page:locationchange';

interface NavigationLike {
  addEventListener(type: 'currententrychange', listener: () => void): void;
}

/**
 * Runs in the page's own world: relays every same-document URL change as LOCATION_EVENT, at
 * once (synchronously inside pushState). Uses the Navigation API where the browser has it; else
 * wraps pushState/replaceState, keeping their behaviour.
 */
export function relayLocationChanges(win: Window): void {
  const signal = () => win.dispatchEvent(new Event(LOCATION_EVENT));
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', signal);
    return;
  }
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = win.history[method];
    win.history[method] = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      signal();
      return result;
    };
  }
}
