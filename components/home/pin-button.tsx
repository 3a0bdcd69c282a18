import { useQuery } from '@tanstack/react-query';
import { setPinned } from '@/lib/db/home-writes';
import { isPinnedQuery } from '@/lib/panel/home-queries';
import { refreshBadgeFromPanel } from '@/lib/panel/refresh-badge';

/** Pins the account to the home's "My accounts" (and its alerts), or unpins it. */
export function PinButton({ accountId }: { accountId: string }) {
  const { data: pinned, isPending } = useQuery(isPinnedQuery(accountId));
  if (isPending) return null;
  return (
    <button
      type="button"
      className="button pin-button"
      aria-pressed={pinned === true}
      onClick={() => void setPinned(accountId, !pinned).then(refreshBadgeFromPanel)}
    >
      {pinned ? '★ Pinned' : '☆ Pin to home'}
    </button>
  );
}
