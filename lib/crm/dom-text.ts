/** Visible-ish text of an element: whitespace collapsed, trimmed (script/style never inside records). */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value.trim();
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** True when `el` lies in a decoy region or in something the page hides. */
export function isExcluded(el: Element, exclude: string | undefined): boolean {
  if (exclude && el.closest(exclude)) return true;
  return el.closest('[hidden], [aria-hidden="true"], [data-user-type-badge]') !== null;
}

/** Elements matching `selector` under `root` that are not excluded, in document order. */
export function allIn(root: ParentNode, selector: string, exclude: string | undefined): Element[] {
  return [...root.querySelectorAll(selector)].filter((el) => !isExcluded(el, exclude));
}

export function firstIn(
  root: ParentNode,
  selector: string | undefined,
  exclude: string | undefined,
): Element | undefined {
  if (!selector) return undefined;
  for (const el of root.querySelectorAll(selector)) if (!isExcluded(el, exclude)) return el;
  return undefined;
}
