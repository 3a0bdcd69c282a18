import { useQuery } from '@tanstack/react-query';
import { LazyAccountPage as AccountPage } from '@/components/account-page/lazy-account-page';
import { HomeButton } from '@/components/home/home-button';
import { HomePage } from '@/components/home/home-page';
import { StillSyncingState } from '@/components/shared/still-syncing-state';
import { UserSearch } from '@/components/shared/user-search';
import { Skeleton } from '@/components/ui/skeleton';
import { UserPage } from '@/components/user-page/user-page';
import { usePanelStore } from '@/lib/panel/panel-store';
import { syncReadinessQuery } from '@/lib/panel/sync-readiness';
import { useDisabledCrms } from '@/lib/panel/use-disabled-crms';
import { usePanelFocus } from '@/lib/panel/use-panel-focus';
import { usePanelRequests } from '@/lib/panel/use-panel-requests';
import { useSettledMatch } from '@/lib/panel/use-settled-match';
import { workspaceQuery } from '@/lib/panel/workspace-queries';
import { BackButton } from './back-button';
import { DemoNoMatchState } from './demo-no-match-state';
import { MatchContext } from './match-context';
import { NoEmailState } from './no-email-state';
import { NoMatchState } from './no-match-state';
import { NotOnRecordState } from './not-on-record-state';
import { PossibleMatchState } from './possible-match-state';
import { ProfileCandidatesState } from './profile-candidates-state';
import { SitePeopleChooser } from './site-people-chooser';
import { SwitchedOffState } from './switched-off-state';
import { UnreadPageState } from './unread-page-state';

/** Chooses what the panel shows: what the user opened by hand, else what the bound tab shows. */
export function PanelBody() {
  const opened = usePanelStore((s) => s.opened);
  const detection = usePanelStore((s) => s.detection);
  const loaded = usePanelStore((s) => s.detectionLoaded);
  const open = usePanelStore((s) => s.open);
  const top = opened[opened.length - 1];
  const { data: readiness } = useQuery(syncReadinessQuery());
  const { data: workspace } = useQuery(workspaceQuery());
  const disabledCrms = useDisabledCrms();
  const settled = useSettledMatch(detection, readiness?.ready ?? false);
  usePanelFocus(opened.length);
  usePanelRequests(); // home: an alert's click opens its person or account here

  if (top) {
    return (
      <>
        <nav className="panel-nav" aria-label="Panel">
          <BackButton />
          {top.kind === 'home' ? null : <HomeButton />}
        </nav>
        {top.kind === 'home' ? (
          <HomePage />
        ) : top.kind === 'user' ? (
          <UserPage userId={top.userId} />
        ) : readiness && !readiness.ready ? (
          <StillSyncingState readiness={readiness} />
        ) : (
          <AccountPage
            accountId={top.accountId}
            onOpenUser={(userId) => open({ kind: 'user', userId })}
          />
        )}
      </>
    );
  }
  if (!loaded) return <Skeleton lines={4} label="Loading the page you are on…" />;
  // The CRM is still rendering the new record: show neither the old person nor "no email".
  if (detection?.pending) return <Skeleton lines={4} label="Reading the record…" />;
  if (detection?.unread && !detection.confirmed) return <UnreadPageState detection={detection} />;
  // Before the first full sync, a record we cannot match yet may still arrive: no verdict.
  const crmRecord = detection?.page === 'contact' || detection?.page === 'account';
  if (crmRecord && !readiness) return <Skeleton lines={4} label="Loading the page you are on…" />;
  if (crmRecord && readiness && !readiness.ready && !detection?.noEmail) {
    const subject =
      detection?.page === 'account'
        ? (detection.account?.name ?? detection.account?.domain)
        : (detection?.person?.name ?? detection?.person?.emails[0]);
    return <StillSyncingState readiness={readiness} subject={subject} />;
  }
  if (detection?.page === 'account' && detection.accountMatch?.accountId) {
    return (
      <>
        <HomeButton />
        <AccountPage
          accountId={detection.accountMatch.accountId}
          onOpenUser={(userId) => open({ kind: 'user', userId })}
        />
      </>
    );
  }
  if (detection?.page === 'contact') {
    if (!settled.settled) return <Skeleton lines={4} label="Looking up this person…" />;
    return (
      <>
        <HomeButton />
        <MatchContext detection={detection} />
        {detection.people && (detection.people.length > 1 || !detection.match?.userId) ? (
          <SitePeopleChooser detection={detection} />
        ) : null}
        {detection.people && !detection.match?.userId ? null : detection.possible &&
          detection.rejected ? (
          <div className="state">
            <p className="muted">
              You said the suggested user is not this person: search for them.
            </p>
            <UserSearch initial={detection.person?.name ?? ''} />
          </div>
        ) : detection.possible && detection.match?.userId ? (
          <PossibleMatchState detection={detection} userId={detection.match.userId} />
        ) : detection.possible && !detection.person?.emails.length ? (
          <ProfileCandidatesState detection={detection} />
        ) : settled.userId ? (
          <UserPage userId={settled.userId} />
        ) : detection.noEmail || !detection.person?.emails.length ? (
          <NoEmailState detection={detection} />
        ) : workspace?.id === 'demo' ? (
          <DemoNoMatchState detection={detection} />
        ) : (
          <NoMatchState detection={detection} />
        )}
      </>
    );
  }
  if (detection?.crm && disabledCrms?.includes(detection.crm))
    return <SwitchedOffState crm={detection.crm} />;
  return (
    <>
      <NotOnRecordState detection={detection} />
      {detection?.page === 'account' ? null : <HomePage />}
    </>
  );
}
