import { useQuery } from '@tanstack/react-query';
import { AccountLink } from '@/components/shared/account-link';
import { displayName } from '@/lib/domain/display-name';
import { USER_TYPE_LABELS, type UserType } from '@/lib/domain/types';
import { demoPicksQuery } from '@/lib/panel/home-queries';
import { usePanelStore } from '@/lib/panel/panel-store';
import { openOptionsPage } from '@/lib/platform/options-page';

const SURNAMES = ['lovelace', 'hopper'] as const;
const ORDER = Object.keys(USER_TYPE_LABELS) as UserType[];

/** Demo mode only: people and an account worth opening, and the way to real data. */
export function DemoGuidance() {
  const open = usePanelStore((s) => s.open);
  const { data } = useQuery(demoPicksQuery(SURNAMES));
  return (
    <section className="card demo-guidance" aria-label="Try the demo">
      <p>
        This is the <strong>demo workspace</strong>. Try:
      </p>
      <ul>
        {data?.people.map(({ user, types }) => {
          const type = ORDER.find((t) => types.includes(t));
          return (
            <li key={user.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => open({ kind: 'user', userId: user.id })}
              >
                {displayName(user)}
              </button>
              {type ? <span className="small muted">, {USER_TYPE_LABELS[type]}</span> : null}
            </li>
          );
        })}
        {data?.account ? (
          <li>
            <AccountLink account={data.account} />
            <span className="small muted">, account</span>
          </li>
        ) : null}
      </ul>
      <button
        type="button"
        className="link-button"
        onClick={() => void openOptionsPage().catch(() => {})}
      >
        Connect your data →
      </button>
    </section>
  );
}
