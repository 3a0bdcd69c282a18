import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { SinceLastLooked } from '@/components/home/since-last-looked';
import { StillSyncingState } from '@/components/shared/still-syncing-state';
import { UserSearch } from '@/components/shared/user-search';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { syncReadinessQuery } from '@/lib/panel/sync-readiness';
import { userQuery } from '@/lib/panel/user-queries';
import { AdoptionMilestonesSection } from './adoption-milestones-section';
import { CadenceSection } from './cadence-section';
import { NewUserConflict } from './new-user-conflict';
import { NewsFeed } from './news-feed';
import { NotesSection } from './notes-section';
import { TypeBadges } from './type-badges';
import { UserHeader } from './user-header';
import { UserMetricsSection } from './user-metrics-section';
import { UserSummaryView } from './user-summary';

// Recharts is big: its chunk loads after the header and badges have painted.
const ChartsSection = lazy(() => import('./charts-section'));

/** One product user's page: who they are, their type, usage, notes, cadences and feed. */
export function UserPage({ userId }: { userId: string }) {
  const { data: user, isPending } = useQuery(userQuery(userId));
  const { data: readiness } = useQuery(syncReadinessQuery());
  if (isPending || !readiness) return <Skeleton lines={5} label="Loading the user page…" />;
  if (!user) {
    return (
      <div className="state">
        <EmptyState title="This user is not in the local copy of the workspace">
          They may have been removed on the server since the CRM page was matched. Try “Sync now”
          below, or search for them.
        </EmptyState>
        <UserSearch />
      </div>
    );
  }
  if (user.deactivated) {
    return (
      <article className="user-page" aria-label="User page">
        <UserHeader user={user} />
        <div className="notice" role="note">
          This user is deactivated: their account no longer has access to the product. They are left
          out of user types and workspace counts.
        </div>
        <NotesSection userId={userId} />
      </article>
    );
  }
  // During the first sync their type and usage are still being built: show who, not a verdict.
  if (readiness && !readiness.ready) {
    return (
      <article className="user-page" aria-label="User page">
        <UserHeader user={user} />
        <StillSyncingState readiness={readiness} />
        <NotesSection userId={userId} />
        <CadenceSection userId={userId} />
      </article>
    );
  }
  return (
    <article className="user-page" aria-label="User page">
      <UserHeader user={user} badges={<TypeBadges user={user} />} />
      <UserSummaryView userId={userId} />
      <NewUserConflict user={user} />
      <SinceLastLooked kind="user" id={userId} />
      <UserMetricsSection userId={userId} />
      <AdoptionMilestonesSection user={user} />
      <Suspense fallback={<Skeleton height={180} label="Loading charts…" />}>
        <ChartsSection userId={userId} />
      </Suspense>
      <NotesSection userId={userId} />
      <CadenceSection userId={userId} />
      <NewsFeed userId={userId} />
    </article>
  );
}
