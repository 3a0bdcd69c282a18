import { UserSearch } from '@/components/shared/user-search';
import { EmptyState } from '@/components/ui/empty-state';
import type { TabDetection } from '@/lib/messaging/tab-detection';

/** A CRM record without an email: we cannot match it, so say so and offer a search by name. */
export function NoEmailState({ detection }: { detection: TabDetection }) {
  const name = detection.person?.name;
  return (
    <div className="state">
      <EmptyState title={name ? `${name} has no email on this record` : 'This record has no email'}>
        Users are matched by email. Add an email to the record in your CRM, or search for the person
        below.
      </EmptyState>
      <UserSearch initial={name ?? ''} />
    </div>
  );
}
