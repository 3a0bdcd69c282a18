import { AccountSuggestions } from '@/components/account-page/account-suggestions';
import { UserSearch } from '@/components/shared/user-search';
import { EmptyState } from '@/components/ui/empty-state';
import type { TabDetection } from '@/lib/messaging/tab-detection';

/** The tab is not a CRM contact page (or an account we do not know): explain, and offer search. */
export function NotOnRecordState({ detection }: { detection?: TabDetection }) {
  const unknownAccount = detection?.page === 'account';
  const name = detection?.account?.name ?? detection?.account?.domain;
  return (
    <div className="state">
      {unknownAccount ? (
        <EmptyState title={name ? `No account matches ${name}` : 'No account matches this page'}>
          Accounts are matched by their CRM id or web domain. Search for one of its users below.
        </EmptyState>
      ) : (
        <EmptyState title="Open a contact in your CRM to see their user page">
          The panel follows the tab you are on: open a contact or lead in HubSpot, Salesforce or
          another supported CRM, or search for a user below.
        </EmptyState>
      )}
      {unknownAccount ? (
        <AccountSuggestions ids={detection?.accountMatch?.suggestions ?? []} />
      ) : null}
      <UserSearch />
    </div>
  );
}
