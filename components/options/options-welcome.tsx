import { useQuery } from '@tanstack/react-query';
import { displayName } from '@/lib/domain/display-name';
import { demoPicksQuery } from '@/lib/panel/home-queries';
import { requestPanel } from '@/lib/platform/panel-request';
import { panelShortcut } from '@/lib/platform/panel-shortcut';

const SAMPLE = ['lovelace'] as const;

/**
 * Shown once, when a fresh install opens the settings page: how to open the panel (the toolbar
 * button is unpinned at first, so the shortcut is said too) and a sample person to open it on.
 */
export function OptionsWelcome() {
  const { data: shortcut } = useQuery({
    queryKey: ['platform', 'panel-shortcut'],
    queryFn: () => panelShortcut().catch(() => ''),
  });
  const { data: picks } = useQuery(demoPicksQuery(SAMPLE));
  const sample = picks?.people[0]?.user;
  return (
    <section className="options-card options-welcome" aria-labelledby="options-welcome-title">
      <h2 id="options-welcome-title">Welcome to User Page for CRM</h2>
      <p>
        Open a contact in your CRM and the side panel shows that person’s product usage: their type,
        activity and notes.
      </p>
      <h3>Open the panel</h3>
      <ul>
        <li>
          Click <strong>User Page for CRM</strong> in the browser toolbar. It starts hidden in the
          extensions menu (the puzzle piece): pin it there to keep it in sight.
        </li>
        <li>
          {shortcut ? (
            <>
              Or press <kbd>{shortcut}</kbd>.
            </>
          ) : (
            'Or give it a keyboard shortcut in the browser’s extension shortcuts page.'
          )}
        </li>
      </ul>
      {sample ? (
        <p>
          <button
            type="button"
            className="options-primary"
            onClick={() => void requestPanel({ kind: 'user', userId: sample.id }).catch(() => {})}
          >
            Open {displayName(sample)} in the panel
          </button>{' '}
          <span className="options-muted">a sample person from the demo workspace</span>
        </p>
      ) : null}
      <p>
        Until you connect your own data, the panel shows the <strong>demo workspace</strong>:
        made-up people to try it with. When you are ready, connect your own data under{' '}
        <a href="#section-connection">Connection</a> (a sync server or a CSV import).
      </p>
    </section>
  );
}
