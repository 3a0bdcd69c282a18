/** The element's parent in the flat tree: through a shadow root to its host. */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

type Checkable = Element & { checkVisibility?(options?: object): boolean };

/**
 * Whether the user can see the element: rendered, with no `display:none` or
 * `visibility:hidden` on it or an ancestor (CRMs keep earlier views in the DOM, hidden by a
 * style on a wrapper, not by `hidden`). Uses the browser's checkVisibility where it exists.
 */
export function isShown(el: Element): boolean {
  const check = (el as Checkable).checkVisibility;
  if (check) return check.call(el, { visibilityProperty: true, checkVisibilityCSS: true });
  // A parsed document (DOMParser) has no window of its own: use this context's.
  const view = el.ownerDocument.defaultView ?? globalThis;
  for (let node: Element | null = el; node; node = composedParent(node)) {
    if (node.hasAttribute('hidden')) return false;
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
  }
  return true;
}
