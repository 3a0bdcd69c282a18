import { AccountPage } from '@/components/account-page/account-page';
import { HomeButton } from '@/components/home/home-button';
import { HomePage } from '@/components/home/home-page';
import { Skeleton } from '@/components/ui/skeleton';
import { usePanelStore } from '@/lib/panel/panel-store';
import { usePanelRequests } from '@/lib/panel/use-panel-requests';
import { BackButton } from './back-button';
import { MatchContext } from './match-context';
import { NoEmailState } from './no-email-state';
import { NoMatchState } from './no-match-state';
import { NotOnRecordState } from './not-on-record-state';
import { UserPage } from './user-page';

/** Chooses what the panel shows: what the user opened by hand, else what the bound tab shows. */
export function PanelBody() {
  const opened = usePanelStore((s) => s.opened);
  const detection = usePanelStore((s) => s.detection);
  const loaded = usePanelStore((s) => s.detectionLoaded);
  const open = usePanelStore((s) => s.open);
  const top = opened[opened.length - 1];
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
    return (
      <>
        <HomeButton />
        <MatchContext detection={detection} />
        {detection.match?.userId ? (
          <UserPage userId={detection.match.userId} />
        ) : detection.noEmail || !detection.person?.emails.length ? (
          <NoEmailState detection={detection} />
        ) : (
          <NoMatchState detection={detection} />
        )}
      </>
    );
  }
  return (
    <>
      <NotOnRecordState detection={detection} />
      {detection?.page === 'account' ? null : <HomePage />}
    </>
  );
}
