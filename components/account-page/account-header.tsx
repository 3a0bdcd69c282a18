import type { Account } from '@/lib/domain/types';

/** The account's name, domain and licences; "Demo data" when it comes from the demo workspace. */
export function AccountHeader({ account, demo }: { account: Account; demo?: boolean }) {
  const facts = [
    account.domain,
    account.licenses !== undefined
      ? `${account.licenses.toLocaleString('en-US')} ${account.licenses === 1 ? 'licence' : 'licences'}`
      : 'Licences not recorded',
  ].filter(Boolean);
  return (
    <header className="account-header">
      <span className="account-kicker small muted">Account{demo ? ' · Demo data' : ''}</span>
      <h1 className="account-name">{account.name}</h1>
      <p className="muted small">{facts.join(' · ')}</p>
    </header>
  );
}
