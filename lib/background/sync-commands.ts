import { getDb } from '../db/database';
import { recomputeDerived } from '../db/derived';
import { META } from '../db/meta';
import { resetSyncedData } from '../db/reset-data';
import type { SourceConfig } from '../domain/source-config';
import type { SyncMessage, SyncReply } from '../messaging/sync-messages';
import { clearConfirmations } from '../platform/crm-confirmations';
import { exchangeConnectionCode } from '../sync/auth-exchange';
import { createHttpSource } from '../sync/http-source';
import { publishSyncStatus } from '../sync/status-store';
import { exclusive, getSourceConfig, requestSync } from '../sync/sync-controller';

export interface CommandHooks {
  /** Called when the periodic interval changed (the alarm is re-created). */
  intervalChanged(minutes: number): Promise<void>;
  /** Starts a sync in the background (the reply does not wait for it). */
  startSync(): void;
}

/** What the background does for each sync message from the extension's pages. */
export async function handleSyncCommand(msg: SyncMessage, hooks: CommandHooks): Promise<SyncReply> {
  switch (msg.type) {
    case 'sync/now':
    case 'sync/push': {
      const outcome = await requestSync('manual');
      if (!outcome) return { ok: false, error: 'Syncing failed; see the sync status for why.' };
      if (outcome.result === 'ok') return { ok: true, value: outcome };
      return { ok: false, error: outcome.message };
    }
    case 'source/test':
      try {
        const who = await createHttpSource({ baseUrl: msg.baseUrl, token: msg.token }).whoami();
        return { ok: true, value: who };
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    case 'source/exchange':
      return exchangeConnectionCode(msg.baseUrl, msg.code);
    case 'source/set':
      return setSource(msg.config, msg.discardOutbox === true, msg.discardLedger === true, hooks);
    case 'data/reset': {
      const refusal = await unsentRefusal(msg.discardOutbox === true);
      if (refusal) return refusal;
      await exclusive(() => forgetWorkspace());
      hooks.startSync();
      return { ok: true };
    }
    case 'definitions/changed':
      await exclusive(() => recomputeDerived());
      return { ok: true };
    case 'sync/interval':
      await META.syncIntervalMinutes.set(msg.minutes);
      await publishSyncStatus({ intervalMinutes: msg.minutes });
      await hooks.intervalChanged(msg.minutes);
      return { ok: true };
  }
}

const sameServer = (a: SourceConfig, b: SourceConfig) =>
  a.kind === b.kind &&
  (a.kind !== 'http' || b.kind !== 'http' || norm(a.baseUrl) === norm(b.baseUrl));
const tokenOf = (c: SourceConfig) => (c.kind === 'http' ? c.token : undefined);
const norm = (url: string) => url.trim().replace(/\/+$/, '').toLowerCase();

/**
 * A new token for the same server keeps the data; another source replaces it, which would
 * lose unsent local changes: refused unless the user agreed to discard them. What was written
 * in the demo or CSV source being left stays in its ledger (served again when the user comes
 * back to it) unless the user chose to discard it.
 */
async function setSource(
  config: SourceConfig,
  discardOutbox: boolean,
  discardLedger: boolean,
  hooks: CommandHooks,
): Promise<SyncReply> {
  const current = await getSourceConfig();
  if (!sameServer(current, config)) {
    const refusal = await unsentRefusal(discardOutbox);
    if (refusal) return refusal;
  }
  await exclusive(async () => {
    if (!sameServer(current, config)) {
      await forgetWorkspace();
      if (discardLedger && current.kind !== 'http')
        await META.localLedgers.item(current.kind).remove();
    }
    // A new token may belong to another person: the default note author is asked again.
    else if (tokenOf(current) !== tokenOf(config)) await META.whoami.remove();
    await META.sourceConfig.set(config);
    await publishSyncStatus({
      phase: 'idle',
      lastError: undefined,
      nextRetryAt: undefined,
      failingSince: undefined,
      total: undefined,
      pulled: 0,
    });
  });
  hooks.startSync();
  return { ok: true };
}

/** Leaves nothing of the workspace on this browser: its data, and the rep's answers about it. */
async function forgetWorkspace(): Promise<void> {
  await resetSyncedData('everything');
  await clearConfirmations();
}

async function unsentRefusal(discardOutbox: boolean): Promise<SyncReply | undefined> {
  const unsent = await getDb().outbox.count();
  if (unsent === 0 || discardOutbox) return undefined;
  const what = unsent === 1 ? '1 change made here has' : `${unsent} changes made here have`;
  return {
    ok: false,
    error: `${what} not reached the server yet and would be lost. Sync first, or confirm to discard ${unsent === 1 ? 'it' : 'them'}.`,
  };
}
