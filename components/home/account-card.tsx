import { AccountLink } from '@/components/shared/account-link';
import type { PinnedAccount } from '@/lib/panel/home-queries';
import { LicenceBar } from './licence-bar';

/** One account on the home: name (opens it), licence bar, people who changed type this week. */
export function AccountCard({ item, changed }: { item: PinnedAccount; changed: number }) {
  return (
    <li className="home-account">
      <div className="home-account-head">
        <AccountLink account={item.account} />
        <span className="small muted">
          {changed === 0
            ? 'no type changes this week'
            : `${changed} ${changed === 1 ? 'person' : 'people'} changed type this week`}
        </span>
      </div>
      <LicenceBar active={item.active} power={item.power} licences={item.account.licenses} />
    </li>
  );
}
