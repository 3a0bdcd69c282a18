import { useQuery } from '@tanstack/react-query';
import { accountsByIdsQuery } from '@/lib/panel/account-queries';
import { usePanelStore } from '@/lib/panel/panel-store';

/**
 * Accounts whose name matches an unmatched company page. A name alone is not proof, so they are
 * offered, never opened by themselves.
 */
export function AccountSuggestions({ ids }: { ids: readonly string[] }) {
  const open = usePanelStore((s) => s.open);
  const { data: accounts = [] } = useQuery({ ...accountsByIdsQuery(ids), enabled: ids.length > 0 });
  if (accounts.length === 0) return null;
  return (
    <section className="card" aria-label="Possible account matches">
      <h2>Possible matches</h2>
      <p className="muted small">
        Same name, but a different CRM id and web domain: check before relying on it.
      </p>
      <ul className="user-list">
        {accounts.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className="user-list-item"
              onClick={() => open({ kind: 'account', accountId: a.id })}
            >
              <span className="user-list-text">
                <span className="user-list-name">{a.name}</span>
                {a.domain ? <span className="muted small">{a.domain}</span> : null}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
