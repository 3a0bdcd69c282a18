import { browser } from 'wxt/browser';

type ClosedRootApi = { openOrClosedShadowRoot?(el: Element): ShadowRoot | null };

/**
 * An element's shadow root, open or closed, where the browser lets extensions see closed ones:
 * Firefox gives content scripts `element.openOrClosedShadowRoot`, Chrome `chrome.dom`. Elsewhere
 * (and in tests) only open roots are visible.
 */
export function openOrClosedShadowRoot(el: Element): ShadowRoot | null {
  const own = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null })
    .openOrClosedShadowRoot;
  if (own !== undefined) return own;
  if (el.shadowRoot) return el.shadowRoot;
  try {
    return (
      (browser as unknown as { dom?: ClosedRootApi }).dom?.openOrClosedShadowRoot?.(el) ?? null
    );
  } catch {
    return null;
  }
}
