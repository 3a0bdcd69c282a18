import { ErrorText } from '@/components/ui/error-text';

export interface FormFooterProps {
  /** Why the last attempt failed, shown above the buttons. */
  error?: string;
  submitLabel: string;
  /** Off while the write runs, or until the form can be sent. */
  disabled?: boolean;
  /** Outside a <form>: the submit is a plain button calling this. Else it submits the form. */
  onSubmit?(): void;
  submitClassName?: string;
  cancelLabel?: string;
  cancelClassName?: string;
  onCancel(): void;
}

/** The end of a panel form: its error, then submit and cancel (note, add user, cadence). */
export function FormFooter({
  error,
  submitLabel,
  disabled,
  onSubmit,
  submitClassName = 'button primary',
  cancelLabel = 'Cancel',
  cancelClassName = 'button',
  onCancel,
}: FormFooterProps) {
  return (
    <>
      <ErrorText>{error}</ErrorText>
      <div className="form-actions">
        <button
          type={onSubmit ? 'button' : 'submit'}
          className={submitClassName}
          disabled={disabled}
          onClick={onSubmit}
        >
          {submitLabel}
        </button>
        <button type="button" className={cancelClassName} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </>
  );
}
