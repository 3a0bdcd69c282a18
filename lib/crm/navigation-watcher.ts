import { LOCATION_EVENT } from './location-signal';

/**
 * Calls `onChange` at once when the page's URL changes inside the single-page app: the event
 * relayed from the page's world (see location-signal.ts), plus popstate/hashchange. Should the
 * relay be missing, the DOM watcher still notices, since the app re-renders.
 */
export function watchNavigation(win: Window, onChange: () => void): () => void {
  const types = [LOCATION_EVENT, 'popstate', 'hashchange'];
  for (const type of types) win.addEventListener(type, onChange);
  return () => {
    for (const type of types) win.removeEventListener(type, onChange);
  };
}
