import { type ComponentProps, lazy, Suspense } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import type { AccountPage as Page } from './account-page';

// perf: the account page (figures, table) is not what a contact's first paint needs: its code
// loads only when an account is shown.
const AccountPage = lazy(() => import('./account-page').then((m) => ({ default: m.AccountPage })));

/** The account page, its code loaded on first use. */
export function LazyAccountPage(props: ComponentProps<typeof Page>) {
  return (
    <Suspense fallback={<Skeleton lines={4} label="Loading the account…" />}>
      <AccountPage {...props} />
    </Suspense>
  );
}
