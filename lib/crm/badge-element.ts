import type { BadgeTone, BadgeView } from '../domain/badge-view';

// The badge lives in a closed shadow root on one host element, so the CRM's styles cannot reach
// it, its styles cannot leak into the CRM, and the CRM's scripts cannot read it. It holds the
// type words only (no name, no email): nothing a page script could use to enumerate our users.
// Remote data is set as text only.

export const BADGE_ATTRIBUTE = 'data-user-type-badge';

// Background colours; the light ones carry their own text colour (default: white).
const COLOURS: Record<BadgeTone, string> = {
  power: '5b21b6',
  influencer: '1d4ed8',
  active: '15803d',
  inactive: 'b45309',
  zombie: '475569',
  deactivated: '6b7280',
  possible: 'fef3c7;color:#78350f',
  product: 'e0e7ff;color:#1e3a8a',
  none: 'f3f4f6;color:#374151',
};

const STYLE =
  ':host{all:initial;display:inline-flex;vertical-align:middle;margin-inline-start:8px}' +
  'button{all:unset;display:inline-flex;gap:4px;cursor:pointer;border-radius:9px}' +
  'button:focus-visible{outline:2px solid #2563eb;outline-offset:2px}' +
  'span{font:600 11px/16px system-ui,sans-serif;padding:1px 8px;border-radius:9px;' +
  'white-space:nowrap;border:1px solid #0002;color:#fff}' +
  Object.entries(COLOURS)
    .map(([tone, css]) => `.${tone}{background:#${css}}`)
    .join('');

// Our own way into the closed roots, for this isolated world only (tests read the badge).
const roots = new WeakMap<Element, ShadowRoot>();

/** A badge host's closed shadow root; undefined for any other element. */
export function badgeRoot(host: Element | null | undefined): ShadowRoot | undefined {
  return host ? roots.get(host) : undefined;
}

export interface BadgeElement {
  host: HTMLElement;
  update(view: BadgeView): void;
}

/** A detached badge; `onOpen` runs on click (or Enter/Space, it is a button). */
export function createBadge(doc: Document, onOpen: () => void): BadgeElement {
  const host = doc.createElement('span');
  host.setAttribute(BADGE_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'closed' });
  roots.set(host, root);
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const button = doc.createElement('button');
  button.type = 'button';
  root.append(style, button);
  // The CRM's own handlers on the header (inline edit, navigation) must not see our clicks.
  for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'keydown'])
    host.addEventListener(type, (event) => event.stopPropagation());
  button.addEventListener('click', (event) => {
    event.preventDefault();
    onOpen();
  });
  return {
    host,
    update(view) {
      button.title = view.title;
      button.setAttribute('aria-label', view.title);
      button.replaceChildren(
        ...view.chips.map((chip) => {
          const span = doc.createElement('span');
          span.className = chip.tone;
          span.textContent = chip.text;
          return span;
        }),
      );
    },
  };
}
