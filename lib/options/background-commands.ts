import type { SourceConfig } from '../domain/source-config';
import type { SyncMessage } from '../messaging/sync-messages';
import { sendSyncMessage } from '../platform/runtime-messages';
import type { WhoAmI } from '../protocol/schemas';

// What the options page asks of the background worker (the only writer of synced data), as
// named intents over the sync messages. Errors are words a user can act on.

export type CommandResult<T = undefined> = { ok: true; value: T } | { ok: false; error: string };

async function send<T = undefined>(message: SyncMessage): Promise<CommandResult<T>> {
  const reply = await sendSyncMessage<T>(message);
  return reply.ok ? { ok: true, value: reply.value as T } : reply;
}

/** Resolves when the run is over; a paused or failed run gives its reason. */
export const syncNow = () => send({ type: 'sync/now' });
export const pushOutbox = () => send({ type: 'sync/push' });
/** `discardLedger`: the user chose to forget the changes made in the demo or CSV source left. */
export const setSource = (config: SourceConfig, discardOutbox = false, discardLedger = false) =>
  send({ type: 'source/set', config, discardOutbox, ...(discardLedger ? { discardLedger } : {}) });
export const testConnection = (baseUrl: string, token: string) =>
  send<WhoAmI>({ type: 'source/test', baseUrl, token });
/** Spends a one-time connection code for a token (the worker talks to the server). */
export const exchangeCode = (baseUrl: string, code: string) =>
  send<{ token: string; user: { name: string; email: string } }>({
    type: 'source/exchange',
    baseUrl,
    code,
  });
export const definitionsChanged = () => send({ type: 'definitions/changed' });
/** The user confirmed after seeing how many unsent changes would be lost. */
export const resetLocalData = () => send({ type: 'data/reset', discardOutbox: true });
export const setSyncInterval = (minutes: number) => send({ type: 'sync/interval', minutes });
