import { usePanelStore } from '@/lib/panel/panel-store';

/** On every page: back to the home (what changed, my accounts, recently viewed). */
export function HomeButton() {
  const open = usePanelStore((s) => s.open);
  return (
    <button
      type="button"
      className="link-button home-button"
      onClick={() => open({ kind: 'home' })}
    >
      ⌂ Home
    </button>
  );
}
