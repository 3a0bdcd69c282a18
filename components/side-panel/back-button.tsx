import { usePanelStore } from '@/lib/panel/panel-store';

/** Returns to what was shown before a user or account was opened by hand. */
export function BackButton() {
  const back = usePanelStore((s) => s.back);
  const depth = usePanelStore((s) => s.opened.length);
  const detection = usePanelStore((s) => s.detection);
  const target =
    depth > 1 ? 'Back' : detection?.page === 'account' ? 'Back to the account' : 'Back';
  return (
    <button type="button" className="link-button back-button" onClick={back}>
      ← {target}
    </button>
  );
}
