import { registerAlerts } from '@/lib/background/register-alerts';
import { registerDetection } from '@/lib/background/register-detection';
import { registerOptInSites } from '@/lib/background/register-opt-in-sites';
import { registerPanelOpening } from '@/lib/background/register-panel-opening';
import { registerSync } from '@/lib/background/register-sync';
import { registerWelcome } from '@/lib/background/register-welcome';

// Wiring only. Listeners are registered synchronously at start-up so a stopped worker that is
// woken by an event (message, alarm) handles it.
export default defineBackground(() => {
  registerPanelOpening();
  registerSync();
  registerDetection();
  registerAlerts();
  registerWelcome();
  registerOptInSites();
});
