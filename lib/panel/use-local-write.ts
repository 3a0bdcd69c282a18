import { useState } from 'react';
import { requestPush } from './request-push';

/** How a local write ended: its result, or what it threw (with the error's text). */
export type LocalWriteOutcome<R> =
  | { ok: true; value: R }
  | { ok: false; error: unknown; message: string };

export interface LocalWrite<A extends unknown[], R> {
  /** Writes locally (outbox included), then asks the worker to push. Never throws. */
  run(...args: A): Promise<LocalWriteOutcome<R>>;
  /** The write is under way (the components disable their submit button). */
  pending: boolean;
  /** The text of the last failure, or one the component set (e.g. a validation message). */
  error: string | undefined;
  setError(error: string | undefined): void;
}

/** A write that refused by its own rules returns `{ ok: false }`: nothing was queued to push. */
const refused = (result: unknown) =>
  typeof result === 'object' && result !== null && (result as { ok?: unknown }).ok === false;

/**
 * The panel's one way to write: the local write (safe in the outbox once it resolves), then a
 * request to push it now rather than at the next scheduled sync. `failed` words the error the
 * component shows from the thrown error's message.
 */
export function useLocalWrite<A extends unknown[], R>(
  write: (...args: A) => Promise<R>,
  failed: (message: string) => string = (message) => message,
): LocalWrite<A, R> {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const run = async (...args: A): Promise<LocalWriteOutcome<R>> => {
    setPending(true);
    setError(undefined);
    try {
      const value = await write(...args);
      if (!refused(value)) requestPush();
      return { ok: true, value };
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setError(failed(message));
      return { ok: false, error: e, message };
    } finally {
      setPending(false);
    }
  };
  return { run, pending, error, setError };
}
