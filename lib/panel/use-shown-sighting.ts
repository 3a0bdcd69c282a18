import { useEffect } from 'react';
import { sendRecordShown } from '../platform/detection-answer';
import { usePanelStore } from './panel-store';

/**
 * While the panel shows the bound tab's contact record (nothing opened by hand over it), tells
 * the worker so: the rep looked at that record, which makes it a CRM sighting. A page alone
 * (its own script can write any email) never does. Said again when the match changes (a sync
 * brought the person in); the worker writes a sighting once.
 */
export function useShownSighting(): void {
  const detection = usePanelStore((s) => s.detection);
  const covered = usePanelStore((s) => s.opened.length > 0);
  const tabId = detection?.tabId;
  const url = detection?.url;
  const userId = detection?.page === 'contact' ? detection.match?.userId : undefined;
  useEffect(() => {
    if (covered || tabId === undefined || url === undefined || !userId) return;
    sendRecordShown({ type: 'crm/seen', tabId, url });
  }, [covered, tabId, url, userId]);
}
