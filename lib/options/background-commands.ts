import { browser } from 'wxt/browser';
import type { WhoAmI } from '../sync/source';
import type { SourceConfig } from '../sync/source-config';

// What the options page asks of the background worker (the only writer of synced data). Each
// call resolves to a plain result; errors are words a user can act on.

export type CommandResult<T = undefined> = { ok: true; value: T } | { ok: false; error: string };

async function send<T>(message: Record<string, unknown>): Promise<CommandResult<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as
      | { ok: true; value?: T }
      | { ok: false; error: string }
      | undefined;
    if (!reply) return { ok: false, error: 'The extension did not answer. Reload the page.' };
    return reply.ok ? { ok: true, value: reply.value as T } : reply;
  } catch (e) {
    return { ok: false, error: `The extension did not answer: ${errorText(e)}` };
  }
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export const syncNow = () => send({ type: 'sync/now' });
export const pushOutbox = () => send({ type: 'sync/push' });
export const setSource = (config: SourceConfig, discardOutbox = false) =>
  send({ type: 'source/set', config, discardOutbox });
export const testConnection = (baseUrl: string, token: string) =>
  send<WhoAmI>({ type: 'source/test', baseUrl, token });
export const definitionsChanged = () => send({ type: 'definitions/changed' });
export const resetLocalData = () => send({ type: 'data/reset' });
export const setSyncInterval = (minutes: number) => send({ type: 'sync/interval', minutes });
