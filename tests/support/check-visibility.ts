// jsdom has no Element.checkVisibility (Chrome 105+, Firefox 106+ do, and the content script
// relies on it). This stands in with the same rule for what jsdom can compute: no `hidden`,
// no display:none or visibility:hidden on the element or an ancestor, shadow hosts included.
function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

if (typeof Element !== 'undefined' && !('checkVisibility' in Element.prototype)) {
  Object.defineProperty(Element.prototype, 'checkVisibility', {
    configurable: true,
    value(this: Element, options?: { visibilityProperty?: boolean }) {
      // A parsed document (DOMParser) has no window of its own: use this context's.
      const view = this.ownerDocument.defaultView ?? globalThis;
      for (let node: Element | null = this; node; node = composedParent(node)) {
        if (node.hasAttribute('hidden')) return false;
        const style = view.getComputedStyle(node);
        if (style.display === 'none') return false;
        if (options?.visibilityProperty && style.visibility === 'hidden') return false;
      }
      return true;
    },
  });
}
