import type { OutboxItem } from '../db/records';
import type { WhoAmI } from '../protocol/schemas';

/** One page of the change feed, as received: the engine validates every change itself. */
export interface ChangePage {
  cursor: string;
  hasMore: boolean;
  changes: unknown[];
}

export type PushResult =
  | { ok: true; body?: unknown }
  /** 400/404/409/422: the item is failed with the server's message; later items still go. */
  | { ok: false; permanent: true; message: string };

/**
 * Where synced data comes from. The engine drives every source the same way: pull pages until
 * `hasMore` is false, persisting the cursor with each page, then push the outbox.
 * Transient failures are thrown as SourceError and retried by the engine.
 */
export interface Source {
  readonly kind: 'demo' | 'http' | 'csv';
  pull(cursor: string | undefined, limit: number, signal?: AbortSignal): Promise<ChangePage>;
  push(item: OutboxItem, signal?: AbortSignal): Promise<PushResult>;
  whoami(signal?: AbortSignal): Promise<WhoAmI>;
}

export type SourceErrorKind = 'transient' | 'auth' | 'gone';

export class SourceError extends Error {
  constructor(
    readonly kind: SourceErrorKind,
    message: string,
    /** Milliseconds the server asked us to wait (Retry-After), if any. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}
