export interface AccountPageProps {
  accountId: string;
  onOpenUser(userId: string): void;
}

/** The account view (users by type against licences); built in the account-view work. */
export function AccountPage({ accountId }: AccountPageProps) {
  return <section aria-label="Account" data-account-id={accountId} />;
}
