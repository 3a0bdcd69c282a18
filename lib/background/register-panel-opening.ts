import { bindToolbarButtonToPanel } from '../platform/side-panel';

/** The toolbar button (and its keyboard command) opens the panel: side panel in Chrome, sidebar in Firefox. */
export function registerPanelOpening(): void {
  void bindToolbarButtonToPanel().catch((e: unknown) => {
    console.warn('The toolbar button could not be bound to the panel', e);
  });
}
