import { LazyAccountPage as AccountPage } from '@/components/account-page/lazy-account-page';
import { Skeleton } from '@/components/ui/skeleton';
import { usePanelStore } from '@/lib/panel/panel-store';
import { BackButton } from './back-button';
import { MatchContext } from './match-context';
import { NoEmailState } from './no-email-state';
import { NoMatchState } from './no-match-state';
import { NotOnRecordState } from './not-on-record-state';
import { PossibleMatchState } from './possible-match-state';
import { UnreadPageState } from './unread-page-state';
import { UserPage } from './user-page';
import { UserSearch } from './user-search';

/** Chooses what the panel shows: what the user opened by hand, else what the bound tab shows. */
export function PanelBody() {
  const opened = usePanelStore((s) => s.opened);
  const detection = usePanelStore((s) => s.detection);
  const loaded = usePanelStore((s) => s.detectionLoaded);
  const open = usePanelStore((s) => s.open);
  const top = opened[opened.length - 1];

  if (top) {
    return (
      <>
        <BackButton />
        {top.kind === 'user' ? (
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
  if (detection?.unread && !detection.confirmed) return <UnreadPageState detection={detection} />;
  if (detection?.page === 'account' && detection.accountMatch?.accountId) {
    return (
      <AccountPage
        accountId={detection.accountMatch.accountId}
        onOpenUser={(userId) => open({ kind: 'user', userId })}
      />
    );
  }
  if (detection?.page === 'contact') {
    return (
      <>
        <MatchContext detection={detection} />
        {detection.possible && detection.rejected ? (
          <div className="state">
            <p className="muted">
              You said the suggested user is not this person: search for them.
            </p>
            <UserSearch initial={detection.person?.name ?? ''} />
          </div>
        ) : detection.possible && detection.match?.userId ? (
          <PossibleMatchState detection={detection} userId={detection.match.userId} />
        ) : detection.match?.userId ? (
          <UserPage userId={detection.match.userId} />
        ) : detection.noEmail || !detection.person?.emails.length ? (
          <NoEmailState detection={detection} />
        ) : (
          <NoMatchState detection={detection} />
        )}
      </>
    );
  }
  return <NotOnRecordState detection={detection} />;
}
