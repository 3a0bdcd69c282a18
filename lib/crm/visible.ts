/** The element's parent in the flat tree: through a shadow root to its host. */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * Whether the user can see the element: rendered, with no `display:none` or
 * `visibility:hidden` on it or an ancestor (CRMs keep earlier views in the DOM, hidden by a
 * style on a wrapper, not by `hidden`). Every browser the extension supports has
 * checkVisibility (Chrome 105, Firefox 106).
 */
export function isShown(el: Element): boolean {
  return (el as Element & { checkVisibility(o: object): boolean }).checkVisibility({
    visibilityProperty: true,
  });
}
