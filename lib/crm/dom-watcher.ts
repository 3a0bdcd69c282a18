import { BADGE_ATTRIBUTE } from './badge-element';

const isBadge = (node: Node) => node instanceof Element && node.hasAttribute(BADGE_ATTRIBUTE);
const inBadge = (node: Node) =>
  (node instanceof Element ? node : node.parentElement)?.closest(`[${BADGE_ATTRIBUTE}]`) != null;
// Inserting, moving or filling our badge is not a change of the record.
const isOurs = (r: MutationRecord) =>
  inBadge(r.target) ||
  (r.type === 'childList' &&
    r.addedNodes.length + r.removedNodes.length > 0 &&
    [...r.addedNodes, ...r.removedNodes].every(isBadge));

/**
 * Calls `onChange` after the page's DOM changed (the record rendered late, a field was edited)
 * or a form field was changed by the user. Our own badge's changes are ignored.
 */
export function watchDom(doc: Document, onChange: () => void): () => void {
  const observer = new MutationObserver((records) => {
    if (records.every(isOurs)) return;
    onChange();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const onInput = () => onChange();
  doc.addEventListener('change', onInput, true);
  doc.addEventListener('input', onInput, true);
  return () => {
    observer.disconnect();
    doc.removeEventListener('change', onInput, true);
    doc.removeEventListener('input', onInput, true);
  };
}
