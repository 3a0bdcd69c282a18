import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { User } from '@/lib/domain/types';
import { usePanelStore } from '@/lib/panel/panel-store';
import { resolveUserConflict } from '@/lib/panel/resolve-user-conflict';
import { outboxQuery } from '@/lib/panel/sync-queries';

/**
 * A user added here that the server refused (typically: the email already belongs to another
 * product user). Explains, and resolves it by opening the existing user instead.
 */
export function NewUserConflict({ user }: { user: User }) {
  const { data } = useQuery(outboxQuery());
  const open = usePanelStore((s) => s.open);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string>();
  const failed = data?.byEntity
    .get(user.id)
    ?.find((i) => i.kind === 'user.put' && i.status === 'failed');
  if (failed?.seq === undefined) return null;
  const seq = failed.seq;
  const resolve = async () => {
    setBusy(true);
    setMessage(undefined);
    const result = await resolveUserConflict(user.id, seq);
    setBusy(false);
    if (result.ok) open({ kind: 'user', userId: result.userId });
    else setMessage(result.message);
  };
  return (
    <div className="notice" role="alert">
      <p>
        The server did not add {user.email ?? 'this person'} as a product user:{' '}
        {failed.lastError ?? 'it refused the change.'}
      </p>
      <p className="muted small">
        If they already use the product with this email, open that user instead; this copy is then
        dropped.
      </p>
      <button type="button" className="button small" disabled={busy} onClick={() => void resolve()}>
        {busy ? 'Looking for the existing user…' : 'Open the existing user'}
      </button>
      {message ? <p className="small">{message}</p> : null}
    </div>
  );
}
