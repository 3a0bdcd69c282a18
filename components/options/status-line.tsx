/** What a settings action came to, in words. */
export interface StatusText {
  ok: boolean;
  text: string;
}

/** The outcome of the last action of a section, announced politely; nothing before one. */
export function StatusLine({ status }: { status: StatusText | undefined }) {
  if (!status) return null;
  return (
    <p className={status.ok ? 'options-ok' : 'options-error'} role="status">
      {status.text}
    </p>
  );
}
