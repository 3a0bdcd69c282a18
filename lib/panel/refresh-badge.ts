import { unseenChangeCount } from '../db/unseen-changes';
import { setActionBadgeCount } from '../platform/action-badge';

/** home: the toolbar badge follows what the rep saw or pinned in the panel, not only syncs. */
export async function refreshBadgeFromPanel(): Promise<void> {
  await setActionBadgeCount(await unseenChangeCount()).catch(() => undefined);
}
