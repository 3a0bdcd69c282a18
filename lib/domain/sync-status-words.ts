import type { SyncStatus } from './sync-status';

/** One line about syncing, the same words wherever it shows. */
export interface SyncWords {
  text: string;
  tone: 'ok' | 'busy' | 'error';
}

/**
 * Where syncing stands, in one voice and local time: "Up to date · 10:42 AM", "Syncing… 1,200
 * records", or the reason it fails with when the next try is. `timeZone` is for tests; the
 * panel passes nothing and gets the browser's own zone.
 */
export function describeSync(
  status: SyncStatus | null | undefined,
  now: Date,
  timeZone?: string,
): SyncWords {
  if (!status) return { text: 'Not synced yet', tone: 'busy' };
  const failure = describeFailure(status, now, timeZone);
  if (failure)
    return { text: [failure.reason, failure.when].filter(Boolean).join(' '), tone: 'error' };
  if (status.phase === 'syncing') {
    const n = status.pulled;
    return {
      text: n
        ? `Syncing… ${n.toLocaleString('en-US')} ${n === 1 ? 'record' : 'records'}`
        : 'Syncing…',
      tone: 'busy',
    };
  }
  if (status.lastSyncAt)
    return { text: `Up to date · ${clock(status.lastSyncAt, now, timeZone)}`, tone: 'ok' };
  return { text: 'Not synced yet', tone: 'busy' };
}

/** A failing or paused sync: what, since when and the next try, and the one action that fixes it. */
export interface SyncFailure {
  reason: string;
  /** "Since 10:02 AM. Trying again at 10:12 AM." (local time), when known. */
  when?: string;
  /** Paused (e.g. the token was refused): only the settings fix it. Else trying now may. */
  action: 'settings' | 'retry';
}

export function describeFailure(
  status: SyncStatus | null | undefined,
  now: Date,
  timeZone?: string,
): SyncFailure | undefined {
  if (!status) return undefined;
  // A run that is waiting to retry a failed request is not progressing: it says why.
  if (status.phase === 'syncing' && !(status.nextRetryAt && status.lastError)) return undefined;
  if (status.phase === 'idle' && status.lastResult !== 'error') return undefined;
  const paused = status.phase === 'paused';
  const reason = sentence(
    retryReason(status.lastError) || (paused ? 'Syncing is paused.' : 'Syncing failed.'),
  );
  const parts: string[] = [];
  if (status.failingSince) parts.push(`Since ${clock(status.failingSince, now, timeZone)}.`);
  if (!paused && status.nextRetryAt)
    parts.push(`Trying again at ${clock(status.nextRetryAt, now, timeZone)}.`);
  return {
    reason,
    ...(parts.length ? { when: parts.join(' ') } : {}),
    action: paused ? 'settings' : 'retry',
  };
}

/**
 * The reason alone: older builds of the engine appended "Trying again at HH:MM UTC." to it,
 * which would repeat the retry time (and in UTC).
 */
export function retryReason(message: string | undefined): string {
  return (message ?? '').replace(/\s*Trying again at \d{1,2}:\d{2} UTC\.?\s*$/, '').trim();
}

/** "Maintenance" → "Maintenance." so the next sentence does not run into it. */
function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/** "10:42 AM" today, else "Nov 27, 10:42 AM", in local time (or `timeZone`). */
export function clock(iso: string, now: Date, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const dayOf = (d: Date) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(d);
  const time = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit' });
  if (dayOf(date) === dayOf(now)) return time.format(date);
  const day = new Intl.DateTimeFormat('en-US', { timeZone, month: 'short', day: 'numeric' });
  return `${day.format(date)}, ${time.format(date)}`;
}
