import { useQuery } from '@tanstack/react-query';
import { workspaceQuery } from '@/lib/panel/workspace-queries';
import { openOptionsPage } from '@/lib/platform/options-page';
import { DemoDataChip } from './demo-data-chip';
import { HeaderSearch } from './header-search';

/** On every page of the panel: find a user, what the data is (demo), and the settings. */
export function PanelHeader() {
  const { data: workspace } = useQuery(workspaceQuery());
  return (
    <header className="panel-header">
      <HeaderSearch />
      {workspace?.id === 'demo' ? <DemoDataChip /> : null}
      <button
        type="button"
        className="icon-button settings-button"
        aria-label="Settings"
        title="Settings"
        onClick={() => void openOptionsPage().catch(() => {})}
      >
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M19.14 12.94a7.1 7.1 0 0 0 0-1.88l2.03-1.58a.5.5 0 0 0 .12-.64l-1.92-3.32a.5.5 0 0 0-.6-.22l-2.39.96a7 7 0 0 0-1.63-.94l-.36-2.54a.5.5 0 0 0-.5-.42h-3.84a.5.5 0 0 0-.5.42l-.36 2.54a7 7 0 0 0-1.63.94l-2.39-.96a.5.5 0 0 0-.6.22L2.71 8.84a.5.5 0 0 0 .12.64l2.03 1.58a7.1 7.1 0 0 0 0 1.88l-2.03 1.58a.5.5 0 0 0-.12.64l1.92 3.32a.5.5 0 0 0 .6.22l2.39-.96c.5.38 1.05.7 1.63.94l.36 2.54a.5.5 0 0 0 .5.42h3.84a.5.5 0 0 0 .5-.42l.36-2.54a7 7 0 0 0 1.63-.94l2.39.96a.5.5 0 0 0 .6-.22l1.92-3.32a.5.5 0 0 0-.12-.64l-2.03-1.58ZM12 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7Z"
          />
        </svg>
      </button>
    </header>
  );
}
