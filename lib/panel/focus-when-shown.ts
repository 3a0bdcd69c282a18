/**
 * Focuses the first element matching `selector` inside `root` as soon as it is in the DOM
 * (pages load their data asynchronously, so the heading may appear a few frames later).
 * Gives up after `timeoutMs`. Returns a cancel function.
 */
export function focusWhenShown(
  root: ParentNode & Node,
  selector: string,
  timeoutMs = 3_000,
): () => void {
  const tryFocus = (): boolean => {
    const el = root.querySelector<HTMLElement>(selector);
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
