import { useQuery } from '@tanstack/react-query';
import { formatDateTime } from '@/components/shared/format';
import { Section } from '@/components/ui/section';
import { recentQuery } from '@/lib/panel/home-queries';
import { usePanelStore } from '@/lib/panel/panel-store';

/** The last people and accounts opened in this panel (kept in this browser only). */
export function RecentSection() {
  const open = usePanelStore((s) => s.open);
  const { data } = useQuery(recentQuery());
  return (
    <Section title="Recently viewed">
      {!data || data.length === 0 ? (
        <p className="muted small">People and accounts you open appear here.</p>
      ) : (
        <ul className="recent-list" aria-label="Recently viewed">
          {data.map((r) => (
            <li key={`${r.kind}:${r.id}`}>
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  open(
                    r.kind === 'user'
                      ? { kind: 'user', userId: r.id }
                      : { kind: 'account', accountId: r.id },
                  )
                }
              >
                {r.name}
              </button>{' '}
              <span className="small muted">
                {r.kind === 'account' ? 'Account · ' : ''}
                {formatDateTime(r.viewedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
