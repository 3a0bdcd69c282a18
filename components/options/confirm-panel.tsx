import { type ReactNode, useEffect, useId, useRef } from 'react';

export interface ConfirmPanelProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  /** A destructive action gets the danger colour. */
  danger?: boolean;
  busy?: boolean;
  /** Extra buttons (e.g. "Send them first"), placed before Cancel. */
  extra?: ReactNode;
}

/** An inline confirmation: an alertdialog in the flow of the page, focused when it opens. */
export function ConfirmPanel(props: ConfirmPanelProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      role="alertdialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      className="options-confirm"
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel();
      }}
    >
      <h3 id={titleId}>{props.title}</h3>
      {props.children}
      <div className="options-actions">
        <button
          type="button"
          className={props.danger ? 'options-danger' : 'options-primary'}
          disabled={props.busy}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </button>
        {props.extra}
        <button type="button" onClick={props.onCancel} disabled={props.busy}>
          Cancel
        </button>
      </div>
    </div>
  );
}
