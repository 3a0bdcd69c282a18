import { onFirstInstall } from '@/lib/platform/first-install';
import { openWelcomePage } from '@/lib/platform/options-page';

/** A fresh install opens the settings page with a short welcome: where data comes from, what next. */
export function registerWelcome(): void {
  onFirstInstall(() => void openWelcomePage());
}
