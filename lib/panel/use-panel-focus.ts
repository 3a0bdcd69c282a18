import { useEffect, useRef } from 'react';
import { focusIdSelector, focusWhenShown } from './focus-when-shown';

/** The heading of whatever page the panel shows (user page, account view). */
export const PAGE_HEADING = 'main h1';

interface Origin {
  /** What had focus when the page was opened (a search result, a table row, a link). */
  element: Element | null;
  /** Its stable name, to find it again when the list it was in has been re-rendered. */
  focusId: string | null;
  scrollY: number;
}

/**
 * Moves focus with what the user opened by hand: to the heading of the page that appeared,
 * and back on "Back" to where they came from (or that page's heading when it is gone), with
 * the scroll position they left.
 */
export function usePanelFocus(depth: number): void {
  const lastFocused = useRef<Element | null>(null);
  const origins = useRef<Origin[]>([]);
  const previous = useRef(depth);

  useEffect(() => {
    const remember = (e: FocusEvent) => {
      if (e.target instanceof Element) lastFocused.current = e.target;
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);

  useEffect(() => {
    const before = previous.current;
    previous.current = depth;
    if (depth > before) {
      const element = lastFocused.current;
      origins.current.push({
        element,
        focusId: element?.closest('[data-focus-id]')?.getAttribute('data-focus-id') ?? null,
        scrollY: window.scrollY,
      });
      scrollToY(0);
      return focusWhenShown(document.body, PAGE_HEADING);
    }
    if (depth < before) {
      const origin = origins.current.pop();
      if (!origin) return focusWhenShown(document.body, PAGE_HEADING);
      if (origin.element?.isConnected && origin.element instanceof HTMLElement) {
        origin.element.focus({ preventScroll: true });
        scrollToY(origin.scrollY);
        return;
      }
      const selector = origin.focusId
        ? [focusIdSelector(origin.focusId), PAGE_HEADING]
        : PAGE_HEADING;
      const stop = focusWhenShown(document.body, selector);
      // The previous page re-renders from the cache: restore where the user was once it has.
      const frame = requestAnimationFrame(() => scrollToY(origin.scrollY));
      return () => {
        stop();
        cancelAnimationFrame(frame);
      };
    }
    return undefined;
  }, [depth]);
}

function scrollToY(y: number): void {
  if (window.scrollY !== y) window.scrollTo(0, y);
}
