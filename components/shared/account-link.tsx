import type { Account } from '@/lib/domain/types';
import { usePanelStore } from '@/lib/panel/panel-store';

/** An account's name as a link that opens the account's page in the panel. */
export function AccountLink({ account }: { account: Pick<Account, 'id' | 'name'> }) {
  const open = usePanelStore((s) => s.open);
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => open({ kind: 'account', accountId: account.id })}
    >
      {account.name}
    </button>
  );
}
