import { type KeyboardEvent, useId, useRef, useState } from 'react';
import {
  ALWAYS_VISIBLE,
  type ColumnLayout,
  MAX_FROZEN_COLUMNS,
} from '@/lib/domain/account-column-layout';
import { ACCOUNT_COLUMNS, type AccountColumnId } from '@/lib/domain/account-columns';

export interface AccountColumnChooserProps {
  layout: ColumnLayout;
  /** Why the last change was refused, shown until the next change. */
  message?: string;
  onToggleVisible(id: AccountColumnId): void;
  onToggleFrozen(id: AccountColumnId): void;
  onClose(): void;
}

/** Choose the table's columns and freeze up to two of them (they stay put when scrolling sideways). */
export function AccountColumnChooser(props: AccountColumnChooserProps) {
  const { layout, message } = props;
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const close = () => {
    props.onClose();
    setOpen(false);
  };
  // Escape closes the popover, from its button or anywhere inside it, and focus goes back to
  // the button (not to the page's body).
  const onEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.stopPropagation();
    close();
    toggle.current?.focus();
  };
  return (
    <div className="column-chooser">
      <button
        ref={toggle}
        onKeyDown={onEscape}
        type="button"
        className="button small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => (open ? close() : setOpen(true))}
      >
        Columns
      </button>
      {open ? (
        <fieldset id={panelId} className="column-chooser-panel" onKeyDown={onEscape}>
          <legend className="small muted">
            Show columns; freeze up to {MAX_FROZEN_COLUMNS} to keep them in view
          </legend>
          {message ? (
            <p className="error small column-message" role="alert">
              {message}
            </p>
          ) : null}
          <ul>
            {ACCOUNT_COLUMNS.map((c) => {
              const shown = layout.visible.includes(c.id);
              const frozen = layout.frozen.includes(c.id);
              return (
                <li key={c.id} className="column-choice">
                  <label>
                    <input
                      type="checkbox"
                      checked={shown}
                      disabled={c.id === ALWAYS_VISIBLE}
                      onChange={() => props.onToggleVisible(c.id)}
                    />
                    {c.label}
                  </label>
                  <button
                    type="button"
                    className="link-button small"
                    aria-pressed={frozen}
                    aria-label={`${frozen ? 'Unfreeze' : 'Freeze'} ${c.label}`}
                    onClick={() => props.onToggleFrozen(c.id)}
                  >
                    {frozen ? 'Unfreeze' : 'Freeze'}
                  </button>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ) : null}
    </div>
  );
}
