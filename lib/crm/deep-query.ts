import { openOrClosedShadowRoot } from '../platform/shadow-root';
import { BADGE_ATTRIBUTE } from './badge-element';
import { composedParent } from './visible';

// CRMs render more and more inside shadow roots (Salesforce LWC on native shadow, Intercom's
// inbox). Queries here look through every shadow root under the starting point. The hosts of
// each tree are listed once per detection pass (`resetShadowCache`), so a query costs one
// native querySelectorAll per tree.

type Tree = Document | ShadowRoot;
let hostsByTree = new WeakMap<Tree, Element[]>();

/** Forget the shadow hosts found so far: the page may have changed since. */
export function resetShadowCache(): void {
  hostsByTree = new WeakMap();
}

export function shadowOf(el: Element): ShadowRoot | null {
  if (el.shadowRoot) return el.shadowRoot;
  // Closed roots belong to custom elements (LWC, Lyte…); never open our own badge's.
  if (!el.localName.includes('-') || el.hasAttribute(BADGE_ATTRIBUTE)) return null;
  return openOrClosedShadowRoot(el);
}

function hostsIn(tree: Tree): Element[] {
  let hosts = hostsByTree.get(tree);
  if (!hosts) {
    hosts = [];
    for (const el of tree.querySelectorAll('*'))
      if (!el.hasAttribute(BADGE_ATTRIBUTE) && shadowOf(el)) hosts.push(el);
    hostsByTree.set(tree, hosts);
  }
  return hosts;
}

function queryOne(root: ParentNode, selector: string, out: Element[]): void {
  out.push(...root.querySelectorAll(selector));
  const tree = root instanceof Element ? (root.getRootNode() as Tree) : (root as Tree);
  for (const host of hostsIn(tree)) {
    if (root !== tree && !(root as Element).contains(host)) continue;
    const shadow = shadowOf(host);
    if (shadow) queryOne(shadow, selector, out);
  }
}

/**
 * Elements matching `selector` under `root`, shadow roots included. ` >>> ` steps into the
 * shadow trees below each match: `records-highlights2 >>> h1` is an h1 anywhere under it.
 */
export function queryDeep(root: ParentNode, selector: string): Element[] {
  if (!selector.includes('>>>')) {
    const out: Element[] = [];
    queryOne(root, selector, out);
    return out;
  }
  return selector.split(',').flatMap((alternative) => {
    let found: ParentNode[] = [root];
    for (const step of alternative.split('>>>')) {
      const next: Element[] = [];
      for (const at of found) queryOne(at, step.trim(), next);
      found = next;
    }
    return found as Element[];
  });
}

/** Like `closest`, but climbing out of shadow roots to their hosts. */
export function closestDeep(el: Element, selector: string): Element | null {
  for (let node: Element | null = el; node; ) {
    const hit = node.closest(selector);
    if (hit) return hit;
    const top: Element = topOf(node);
    node = composedParent(top);
  }
  return null;
}

function topOf(el: Element): Element {
  let top = el;
  while (top.parentElement) top = top.parentElement;
  return top;
}

/** `root` and every shadow root below it (to walk text in all of them). */
export function treesUnder(root: ParentNode): ParentNode[] {
  const trees: ParentNode[] = [root];
  const tree = root instanceof Element ? (root.getRootNode() as Tree) : (root as Tree);
  for (const host of hostsIn(tree)) {
    if (root !== tree && !(root as Element).contains(host)) continue;
    const shadow = shadowOf(host);
    if (shadow) trees.push(...treesUnder(shadow));
  }
  return trees;
}

/** The text the user sees in `node`: through shadow roots, with slots showing what is slotted. */
export function flatText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
  if (!(node instanceof Element || node instanceof ShadowRoot)) return '';
  if (node instanceof Element) {
    if (node.hasAttribute(BADGE_ATTRIBUTE)) return '';
    const shadow = shadowOf(node);
    if (shadow) return flatText(shadow);
    if (node instanceof HTMLSlotElement) {
      const slotted = node.assignedNodes({ flatten: true });
      if (slotted.length > 0) return slotted.map(flatText).join('');
    }
    if (node.localName === 'script' || node.localName === 'style') return '';
  }
  let text = '';
  for (const child of node.childNodes) text += flatText(child);
  return text;
}
