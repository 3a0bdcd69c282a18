/**
 * Focuses the first element matching `selector` inside `root` as soon as it is in the DOM
 * (pages load their data asynchronously, so the heading may appear a few frames later). With
 * several selectors, the first that matches wins (a preferred target, then a fallback).
 * Gives up after `timeoutMs`. Returns a cancel function.
 */
export function focusWhenShown(
  root: ParentNode & Node,
  selector: string | readonly string[],
  timeoutMs = 3_000,
): () => void {
  const selectors = typeof selector === 'string' ? [selector] : selector;
  const tryFocus = (): boolean => {
    let el: HTMLElement | null = null;
    for (const s of selectors) {
      el = root.querySelector<HTMLElement>(s);
      if (el) break;
    }
    if (!el) return false;
    // Headings are not focusable by default: -1 lets a script focus them without adding a tab stop.
    if (!el.hasAttribute('tabindex') && !isFocusable(el)) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: false });
    return true;
  };
  if (tryFocus()) return () => {};
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(() => stop(), timeoutMs);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(root, { childList: true, subtree: true });
  return stop;
}

function isFocusable(el: HTMLElement): boolean {
  return /^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(el.tagName);
}

/** `[data-focus-id="…"]` for any value (ids come from the server), without needing CSS.escape. */
export function focusIdSelector(id: string): string {
  return `[data-focus-id="${id.replace(/["\\]/g, '\\$&')}"]`;
}
