import { targetOfNotification } from '../domain/alert-messages';
import { clearNotification, onNotificationClicked } from '../platform/notifications';
import { requestPanel } from '../platform/panel-request';

/** home: a click on an alert opens the panel on that person or account (or the home). */
export function registerAlerts(): void {
  onNotificationClicked((id) => {
    const target = targetOfNotification(id);
    if (!target) return;
    void clearNotification(id).catch(() => undefined);
    void requestPanel(target);
  });
}
