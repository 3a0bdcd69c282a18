import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/db/database';
import { saveNote } from '@/lib/db/note-writes';
import { setMeta } from '@/tests/support/meta-rows';
import { pinClock } from '@/tests/support/pin-clock';
import { workspaceRow } from '../../support/workspace-row';
import { freshDb, renderPanel, seedWorkspace } from './panel-fixture';

beforeEach(async () => {
  // The footer says a time of day, or a date when it is another day: pinned at local noon.
  pinClock();
  freshDb();
  await seedWorkspace();
});
afterEach(() => {
  vi.useRealTimers();
});

const footer = () => screen.getByRole('region', { name: 'Sync status' });

describe('sync footer', () => {
  it('a run waiting to retry says so on its button too, not "Syncing…"', async () => {
    await setMeta('syncStatus', {
      phase: 'syncing',
      lastError: 'Can’t reach the server.',
      nextRetryAt: new Date(Date.now() + 15_000).toISOString(),
      pulled: 0,
      intervalMinutes: 5,
    });
    await renderPanel(undefined);
    expect(await screen.findByRole('button', { name: 'Waiting to retry' })).toBeDisabled();
    expect(footer()).not.toHaveTextContent('Syncing…');
    expect(screen.getByRole('alert')).toHaveTextContent(/Can’t reach the server\. Trying again at/);
  });

  it('shows last sync, pending changes and the server error in plain words', async () => {
    await setMeta('syncStatus', {
      phase: 'paused',
      lastSyncAt: new Date(Date.now() - 5 * 60_000).toISOString(),
      lastError: 'The server rejected the API token. Check it in the settings.',
      pulled: 0,
      intervalMinutes: 5,
    });
    await saveNote({ userId: 'u-ada', title: 't', body: 'b', type: 'General' });
    await renderPanel(undefined);
    expect(await screen.findByText('1 change not yet synced')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The server rejected the API token.');
    // One voice: no "Last synced just now" beside the error, and the error only once.
    expect(footer()).not.toHaveTextContent(/Last synced|Up to date/);
    expect(footer().textContent?.match(/rejected the API token/g)).toHaveLength(1);
    expect(footer()).not.toHaveTextContent('Demo data');
  });

  it('says "Up to date" with the local time after a routine sync that brought nothing', async () => {
    const at = new Date(Date.now() - 2 * 60_000);
    await setMeta('syncStatus', {
      phase: 'idle',
      lastResult: 'ok',
      lastSyncAt: at.toISOString(),
      pulled: 0,
      intervalMinutes: 5,
    });
    await renderPanel(undefined);
    const local = at.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
    await waitFor(() => expect(footer()).toHaveTextContent(`Up to date · ${local}`));
    expect(footer()).not.toHaveTextContent(/0 records|UTC/);
  });

  it('gives a failing sync its reason once, with the next try in local time', async () => {
    const retry = new Date(Date.now() + 10 * 60_000);
    await setMeta('syncStatus', {
      phase: 'error',
      lastResult: 'error',
      lastSyncAt: new Date().toISOString(),
      lastError: `Maintenance Trying again at ${retry.toISOString().slice(11, 16)} UTC.`,
      nextRetryAt: retry.toISOString(),
      pulled: 0,
      intervalMinutes: 5,
    });
    await renderPanel(undefined);
    const local = retry.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`Maintenance. Trying again at ${local}.`);
    expect(footer().textContent?.match(/Trying again/g)).toHaveLength(1);
    expect(footer()).not.toHaveTextContent(/UTC|Last synced/);
  });

  it('labels demo data and asks the background to sync now', async () => {
    const db = getDb();
    await db.workspace.clear();
    await db.workspace.put(workspaceRow({ id: 'demo', name: 'Demo', noteTypes: [] }));
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
      received.push(m);
      return Promise.resolve({ ok: true });
    });
    await renderPanel(undefined);
    expect(await screen.findByText('Demo data')).toBeInTheDocument();
    expect(screen.getByText('Not synced yet')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    await waitFor(() => expect(received).toEqual([{ type: 'sync/now' }]));
  });

  it('says so when the background does not answer', async () => {
    await renderPanel(undefined);
    await userEvent.click(await screen.findByRole('button', { name: 'Sync now' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Could not sync:/);
  });
});

describe('refused changes', () => {
  it('counts them and links to the settings page where each can be retried or discarded', async () => {
    await getDb().outbox.add({
      kind: 'note.delete',
      entityId: 'n-gone',
      method: 'DELETE',
      path: '/v1/notes/n-gone',
      status: 'failed',
      attempts: 1,
      createdAt: '2026-02-10T10:00:00Z',
      lastError: 'Notes older than a year cannot be deleted',
    });
    let opened = 0;
    fakeBrowser.runtime.openOptionsPage = async () => {
      opened += 1;
    };
    await renderPanel(undefined);
    expect(await screen.findByText('1 change was refused by the server')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Review in settings' }));
    expect(opened).toBe(1);
  });
});
