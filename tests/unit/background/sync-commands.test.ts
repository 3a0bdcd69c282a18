// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { handleSyncCommand } from '@/lib/background/sync-commands';
import { getDb } from '@/lib/db/database';
import { saveNote } from '@/lib/db/note-writes';
import { isOwnExtensionPage, syncMessageSchema } from '@/lib/messaging/sync-messages';
import { getConfirmation, setConfirmation } from '@/lib/platform/crm-confirmations';
import { TOKEN_REJECTED } from '@/lib/sync/http-source';
import { getSourceConfig, requestSync } from '@/lib/sync/sync-controller';
import { getMeta, setMeta } from '@/tests/support/meta-rows';
import { type SyncServer, startSyncServer } from '@/tests/support/sync-server';
import { freshDb, seedWorkspace } from '../sync/sync-test-kit';

let server: SyncServer;
const hooks = { intervalChanged: vi.fn(async () => {}), startSync: vi.fn() };
beforeEach(async () => {
  freshDb();
  hooks.intervalChanged.mockClear();
  hooks.startSync.mockClear();
  server = await startSyncServer();
  seedWorkspace(server.state);
});
afterEach(() => server.close());

const http = () => ({ kind: 'http' as const, baseUrl: server.url, token: 'secret' });

describe('sync commands from the extension pages', () => {
  it('refuses to switch source while local changes are unsent, then switches when told to discard them', async () => {
    await getDb().users.put({
      id: 'demo-u',
      createdAt: '2026-01-01T00:00:00Z',
      crmKeys: [],
      searchKeys: [],
    });
    await saveNote({ userId: 'demo-u', title: 'a', body: 'b', type: 'Call' });
    await saveNote({ userId: 'demo-u', title: 'c', body: 'd', type: 'Call' });
    const refused = await handleSyncCommand({ type: 'source/set', config: http() }, hooks);
    expect(refused).toEqual({
      ok: false,
      error:
        '2 changes made here have not reached the server yet and would be lost. Sync first, or confirm to discard them.',
    });
    expect((await getSourceConfig()).kind).toBe('demo');
    const done = await handleSyncCommand(
      { type: 'source/set', config: http(), discardOutbox: true },
      hooks,
    );
    expect(done).toEqual({ ok: true });
    expect(await getSourceConfig()).toEqual(http());
    expect(await getDb().outbox.count()).toBe(0);
    expect(await getDb().users.count()).toBe(0);
    expect(hooks.startSync).toHaveBeenCalledTimes(1);
  });

  it('keeps the data and the outbox when only the token of the same server changes', async () => {
    await handleSyncCommand({ type: 'source/set', config: http() }, hooks);
    await requestSync('manual');
    await saveNote({ userId: 'u1', title: 'a', body: 'b', type: 'Call' });
    const reply = await handleSyncCommand(
      { type: 'source/set', config: { ...http(), baseUrl: `${server.url}/`, token: 'new' } },
      hooks,
    );
    expect(reply).toEqual({ ok: true });
    expect(await getDb().users.count()).toBe(6);
    expect(await getDb().outbox.count()).toBe(1);
  });

  it('"Reset local data" leaves nothing of the old workspace: home history, pins, answers, sightings', async () => {
    await handleSyncCommand({ type: 'source/set', config: http() }, hooks);
    await requestSync('manual');
    const db = getDb();
    const at = '2026-12-01T10:00:00Z';
    await db.typeChanges.put({
      id: 'u1:influencer:2026-12-01',
      userId: 'u1',
      kind: 'influencer',
      day: '2026-12-01',
      recordedAt: at,
      news: true,
      live: 1,
    } as never);
    await db.pins.put({ accountId: 'a1', pinnedAt: at });
    await db.views.put({ key: 'user:u1', kind: 'user', id: 'u1', viewedAt: at });
    await db.crmSightings.put({ userId: 'u1', crm: 'hubspot', seenAt: at });
    await db.meta.put({ key: 'changesBaseline', value: { workspaceId: 'w', definitions: 'd' } });
    await db.meta.put({ key: 'lowActiveState', value: { a1: true } });
    await db.meta.put({ key: 'definitionOverrides', value: { activityWindowDays: 14 } });
    await setConfirmation('hubspot', '42', { userId: 'u1', at });

    expect(await handleSyncCommand({ type: 'data/reset', discardOutbox: true }, hooks)).toEqual({
      ok: true,
    });
    for (const table of ['typeChanges', 'pins', 'views', 'crmSightings', 'users'] as const)
      expect(await db.table(table).count(), table).toBe(0);
    expect(await getMeta('changesBaseline')).toBeUndefined();
    expect(await getMeta('lowActiveState')).toBeUndefined();
    expect(await getConfirmation('hubspot', '42')).toBeUndefined();
    // What Reset keeps: this browser's settings (README, "Reset local data").
    expect(await getMeta('definitionOverrides')).toEqual({ activityWindowDays: 14 });
    expect(await getSourceConfig()).toEqual(http());
  });

  it('leaving the demo keeps what was written there for it, unless the user discards it', async () => {
    const ledger = { nextSeq: 2, entries: { 'note:n1': { seq: 1, item: { kind: 'note.put' } } } };
    await setMeta('localLedger:demo', ledger);
    await handleSyncCommand({ type: 'source/set', config: http() }, hooks);
    expect(await getMeta('localLedger:demo')).toEqual(ledger);
    await handleSyncCommand({ type: 'source/set', config: { kind: 'demo' } }, hooks);
    await handleSyncCommand(
      { type: 'source/set', config: http(), discardLedger: true, discardOutbox: true },
      hooks,
    );
    expect(await getMeta('localLedger:demo')).toBeUndefined();
  });

  it('forgets the whoami when the token changes, so notes get the new token user as author (#12)', async () => {
    await handleSyncCommand({ type: 'source/set', config: http() }, hooks);
    await requestSync('manual');
    expect(await getMeta('whoami')).toMatchObject({ user: { name: 'Test Rep' } });
    await handleSyncCommand({ type: 'source/set', config: { ...http(), token: 'other' } }, hooks);
    expect(await getMeta('whoami')).toBeUndefined();
    expect(await getDb().users.count()).toBe(6);
  });

  it('tests a connection: whoami on success, the plain token message on 401', async () => {
    expect(
      await handleSyncCommand({ type: 'source/test', baseUrl: server.url, token: 'secret' }, hooks),
    ).toEqual({
      ok: true,
      value: {
        workspace: { id: 'w1', name: 'Test workspace' },
        user: { name: 'Test Rep', email: 'rep@example.com' },
      },
    });
    expect(
      await handleSyncCommand({ type: 'source/test', baseUrl: server.url, token: 'nope' }, hooks),
    ).toEqual({
      ok: false,
      error: TOKEN_REJECTED,
    });
  });

  it('sync/now syncs and stores the whoami as the default note author', async () => {
    await handleSyncCommand({ type: 'source/set', config: http() }, hooks);
    const reply = await handleSyncCommand({ type: 'sync/now' }, hooks);
    expect(reply).toMatchObject({ ok: true, value: { result: 'ok' } });
    expect(await getMeta('whoami')).toMatchObject({ user: { name: 'Test Rep' } });
    expect((await saveNote({ userId: 'u1', title: 't', body: 'b', type: 'Call' })).author).toBe(
      'Test Rep',
    );
  });

  it('folds overlapping sync triggers into one run at a time', async () => {
    await handleSyncCommand({ type: 'source/set', config: http() }, hooks);
    const first = requestSync('manual');
    const second = requestSync('alarm');
    const third = requestSync('startup');
    expect(second).toBe(third);
    await Promise.all([first, second, third]);
    const firstPulls = server.requests.filter((r) => r === 'GET /v1/changes?limit=5000');
    expect(firstPulls).toHaveLength(1);
  });

  it('stores the interval and re-creates the alarm', async () => {
    expect(await handleSyncCommand({ type: 'sync/interval', minutes: 15 }, hooks)).toEqual({
      ok: true,
    });
    expect(await getMeta('syncIntervalMinutes')).toBe(15);
    expect(hooks.intervalChanged).toHaveBeenCalledWith(15);
  });
});

describe('sync message checks', () => {
  it('accepts only messages of the documented shapes', () => {
    expect(syncMessageSchema.safeParse({ type: 'sync/now' }).success).toBe(true);
    expect(
      syncMessageSchema.safeParse({
        type: 'source/set',
        config: { kind: 'http', baseUrl: 'ftp://x', token: 't' },
      }).success,
    ).toBe(false);
    expect(
      syncMessageSchema.safeParse({
        type: 'source/set',
        config: { kind: 'http', baseUrl: 'https://x.io/api', token: '' },
      }).success,
    ).toBe(false);
    expect(syncMessageSchema.safeParse({ type: 'sync/everything' }).success).toBe(false);
  });

  it('trusts only pages of this extension, never a content script in a web page', () => {
    const origin = 'chrome-extension://abc/';
    expect(isOwnExtensionPage({ id: 'abc', url: `${origin}options.html` }, 'abc', origin)).toBe(
      true,
    );
    expect(
      isOwnExtensionPage(
        { id: 'abc', url: 'https://app.hubspot.com/contacts/1', tab: {} },
        'abc',
        origin,
      ),
    ).toBe(false);
    expect(isOwnExtensionPage({ id: 'other', url: `${origin}options.html` }, 'abc', origin)).toBe(
      false,
    );
  });
});
