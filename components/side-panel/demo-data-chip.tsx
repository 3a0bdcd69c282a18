import { useId, useRef, useState } from 'react';
import { openOptionsPage } from '@/lib/platform/options-page';

/**
 * "Demo data": a chip that says what that means when pressed (made-up people, real CRM contacts
 * are not in it) and links to the settings where real data is connected. Escape closes it.
 */
export function DemoDataChip() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const chipRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    chipRef.current?.focus();
  };
  return (
    <div className="demo-chip-wrap">
      <button
        ref={chipRef}
        type="button"
        className="demo-label demo-chip"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        Demo data
      </button>
      {open ? (
        <section
          id={panelId}
          className="demo-chip-popup card"
          aria-label="About demo data"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          <p>
            You are looking at a built-in demo workspace: made-up people, accounts and activity, so
            the CRM contacts you open are not in it.
          </p>
          <p className="muted small">
            Connect your own product data (a sync server or CSV files) in Settings; the demo data is
            then replaced.
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button primary small"
              onClick={() => void openOptionsPage().catch(() => {})}
            >
              Connect your data
            </button>
            <button type="button" className="button small" onClick={close}>
              Close
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
