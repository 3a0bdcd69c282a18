import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import { today } from '@/lib/domain/time';
import { refreshBadgeFromPanel } from '@/lib/panel/refresh-badge';
import { useNow } from '@/lib/panel/use-now';
import { definitionsQuery, workspaceQuery } from '@/lib/panel/workspace-queries';
import { ChangesSection } from './changes-section';
import { DemoGuidance } from './demo-guidance';
import { MyAccountsSection } from './my-accounts-section';
import { RecentSection } from './recent-section';
import './home.css';

/** The panel's home: what changed, my accounts, recently viewed (and, in demo mode, a start). */
export function HomePage() {
  const now = useNow();
  const { data: defs } = useQuery(definitionsQuery());
  const { data: workspace } = useQuery(workspaceQuery());
  useEffect(() => void refreshBadgeFromPanel(), []);
  // The suggestions' month of changes is read once the list is on screen, never before it.
  const [listShown, setListShown] = useState(false);
  const onListShown = useCallback(() => setListShown(true), []);
  if (!defs) return <Skeleton lines={4} label="Loading the home…" />;
  const day = today(now, defs.timezone);
  return (
    <div className="home">
      <h1 className="visually-hidden">Home</h1>
      {workspace?.id === 'demo' ? <DemoGuidance /> : null}
      <ChangesSection today={day} defs={defs} onShown={onListShown} />
      <MyAccountsSection today={day} suggest={listShown} />
      <RecentSection />
    </div>
  );
}
