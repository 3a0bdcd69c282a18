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

/** `root` and every shadow root below it. */
export function treesUnder(root: ParentNode): ParentNode[] {
  const trees: ParentNode[] = [root];
  const tree = root instanceof Element ? (root.getRootNode() as Tree) : (root as Tree);
  for (const host of hostsIn(tree))
    if (root === tree || (root as Element).contains(host))
      trees.push(...treesUnder(shadowOf(host) as ShadowRoot));
  return trees;
}

/**
 * Elements matching `selector` under `root`, shadow roots included. ` >>> ` steps into the
 * shadow trees below each match: `records-highlights2 >>> h1` is an h1 anywhere under it.
 */
export function queryDeep(root: ParentNode, selector: string): Element[] {
  return selector
    .split(selector.includes('>>>') ? ',' : /$^/)
    .flatMap(
      (alternative) =>
        alternative
          .split('>>>')
          .reduce<ParentNode[]>(
            (found, step) =>
              found.flatMap((at) => treesUnder(at).flatMap((t) => [...t.querySelectorAll(step)])),
            [root],
          ) as Element[],
    );
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
  }
  let text = '';
  for (const child of node.childNodes) text += flatText(child);
  return text;
}
