import { closestDeep, flatText, queryDeep } from './deep-query';
import { isShown } from './visible';

/** The text an element shows (shadow content included), whitespace collapsed and trimmed. */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value.trim();
  return flatText(el).replace(/\s+/g, ' ').trim();
}

/**
 * True when `el` lies in a decoy region, or is something the user cannot see: hidden by the
 * page (a cached previous view, a collapsed panel) or inside our own badge. Only what is on
 * screen may name the record.
 */
export function isExcluded(el: Element, exclude: string | undefined): boolean {
  if (exclude && closestDeep(el, exclude)) return true;
  if (closestDeep(el, '[hidden], [aria-hidden="true"], [data-user-type-badge]')) return true;
  return !isShown(el);
}

/** Elements matching `selector` under `root` (shadow roots included) that are not excluded. */
export function allIn(root: ParentNode, selector: string, exclude: string | undefined): Element[] {
  return queryDeep(root, selector).filter((el) => !isExcluded(el, exclude));
}

export function firstIn(
  root: ParentNode,
  selector: string | undefined,
  exclude: string | undefined,
): Element | undefined {
  if (!selector) return undefined;
  return queryDeep(root, selector).find((el) => !isExcluded(el, exclude));
}
