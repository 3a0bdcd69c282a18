import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncStatusSection } from '@/components/options/sync-status-section';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import type { OutboxItem } from '@/lib/db/records';
import type { SyncStatus } from '@/lib/domain/sync-status';
import { setSyncInterval, syncNow } from '@/lib/options/background-commands';
import { setMeta } from '@/tests/support/meta-rows';
import { renderSection } from './options-fixture';

vi.mock('@/lib/options/background-commands', () => ({
  syncNow: vi.fn(async () => ({ ok: true, value: undefined })),
  setSyncInterval: vi.fn(async () => ({ ok: true, value: undefined })),
}));

const status = (over: Partial<SyncStatus>): SyncStatus => ({
  phase: 'idle',
  pulled: 0,
  intervalMinutes: 5,
  ...over,
});

const item = (over: Partial<OutboxItem>): OutboxItem => ({
  kind: 'note.put',
  entityId: 'n1',
  method: 'PUT',
  path: '/v1/notes/n1',
  body: { id: 'n1', title: 'Renewal call' },
  status: 'pending',
  attempts: 0,
  createdAt: '2026-11-01T10:00:00Z',
  ...over,
});

beforeEach(() => {
  vi.mocked(syncNow).mockClear();
  vi.mocked(setSyncInterval).mockClear();
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
});

describe('sync status', () => {
  it('says when nothing has synced yet', async () => {
    renderSection(<SyncStatusSection />);
    expect(await screen.findByText('Not synced yet.')).toBeInTheDocument();
    expect(
      await screen.findByText('Every local change has reached the server.'),
    ).toBeInTheDocument();
  });

  it('shows live progress of a long first sync as the background publishes it', async () => {
    await setMeta(META.syncStatus, status({ phase: 'syncing', pulled: 5000, total: 50000 }));
    renderSection(<SyncStatusSection />);
    expect(await screen.findByText('Syncing…')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Sync progress' });
    expect(bar).toHaveAttribute('value', '5000');
    expect(screen.getByText('5,000 of 50,000 records')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeDisabled();

    await setMeta(META.syncStatus, status({ phase: 'syncing', pulled: 20000, total: 50000 }));
    expect(await screen.findByText('20,000 of 50,000 records')).toBeInTheDocument();

    await setMeta(
      META.syncStatus,
      status({
        phase: 'idle',
        pulled: 50000,
        lastResult: 'ok',
        lastSyncAt: new Date().toISOString(),
      }),
    );
    expect(await screen.findByText('Up to date')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByText(/\(succeeded\)/)).toBeInTheDocument();
    expect(screen.getByText('Records pulled: 50,000')).toBeInTheDocument();
  });

  it('shows a paused sync with the error in words, and Sync now asks the background', async () => {
    await setMeta(
      META.syncStatus,
      status({ phase: 'paused', lastError: 'The server rejected the API token.' }),
    );
    const user = userEvent.setup();
    renderSection(<SyncStatusSection />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The server rejected the API token.',
    );
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(syncNow).toHaveBeenCalledTimes(1);
    vi.mocked(syncNow).mockResolvedValueOnce({ ok: false, error: 'The extension did not answer' });
    await user.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(
      await screen.findByText('The sync did not complete: The extension did not answer'),
    ).toBeInTheDocument();
  });

  it('lists pending and failed changes with the server message; retry and discard', async () => {
    const db = getDb();
    await db.outbox.bulkAdd([
      item({}),
      item({
        kind: 'role.put',
        entityId: 'r1',
        path: '/v1/roles/r1',
        body: { id: 'r1', name: 'Champion' },
        status: 'failed',
        lastError: 'Role names must be unique (409)',
      }),
    ]);
    const user = userEvent.setup();
    renderSection(<SyncStatusSection />);
    const list = await screen.findByRole('list', { name: 'Unsynced changes' });
    expect(screen.getByText('1 change waiting, 1 failed.')).toBeInTheDocument();
    expect(within(list).getByText('Waiting to be sent')).toBeInTheDocument();
    expect(within(list).getByText('Failed: Role names must be unique (409)')).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: 'Retry: Role saved' }));
    await waitFor(async () =>
      expect((await db.outbox.toArray()).map((o) => o.status)).toEqual(['pending', 'pending']),
    );
    expect(syncNow).toHaveBeenCalledTimes(1);

    await user.click(within(list).getByRole('button', { name: 'Discard: Note saved' }));
    await user.click(screen.getByRole('button', { name: 'Discard change' }));
    await waitFor(async () =>
      expect((await db.outbox.toArray()).map((o) => o.kind)).toEqual(['role.put']),
    );
  });

  it('says which items are held behind a failed change to the same record (#12)', async () => {
    await getDb().outbox.bulkAdd([
      item({ status: 'failed', lastError: 'Too long.' }),
      item({ body: { id: 'n1', title: 'Renewal call, v2' } }),
      item({ kind: 'note.put', entityId: 'n2', path: '/v1/notes/n2', body: { title: 'Other' } }),
    ]);
    renderSection(<SyncStatusSection />);
    const list = await screen.findByRole('list', { name: 'Unsynced changes' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows[1]).toHaveTextContent(/Held: an earlier change to the same record failed/);
    expect(rows[2]).toHaveTextContent('Waiting to be sent');
  });

  it('lists rejected records with reasons', async () => {
    await getDb().rejected.bulkAdd([
      {
        type: 'user',
        entityId: 'u9',
        reason: 'createdAt is not a date-time',
        at: '2026-11-01T10:00:00Z',
      },
      { type: 'event', reason: 'userId is missing', at: '2026-11-01T10:00:00Z' },
    ]);
    renderSection(<SyncStatusSection />);
    const list = await screen.findByRole('list', { name: 'Rejected records' });
    expect(screen.getByText(/2 records from the server could not be used/)).toBeInTheDocument();
    expect(within(list).getByText('user u9')).toBeInTheDocument();
    expect(within(list).getByText('createdAt is not a date-time')).toBeInTheDocument();
    expect(within(list).getByText('userId is missing')).toBeInTheDocument();
  });

  it('validates the interval as typed and saves a good one', async () => {
    const user = userEvent.setup();
    renderSection(<SyncStatusSection />);
    const field = await screen.findByLabelText('Sync every (minutes)');
    expect(field).toHaveValue('5');
    for (const bad of ['0', '1441', 'soon', '2.5']) {
      await user.clear(field);
      await user.type(field, bad);
      expect(
        screen.getByText('Enter a whole number of minutes from 1 to 1440'),
      ).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Save interval' }));
    }
    expect(setSyncInterval).not.toHaveBeenCalled();
    await user.clear(field);
    await user.type(field, '15');
    await user.click(screen.getByRole('button', { name: 'Save interval' }));
    expect(setSyncInterval).toHaveBeenCalledWith(15);
    expect(await screen.findByText('Syncing every 15 minutes.')).toBeInTheDocument();
  });
});

describe('sync interval saved by the background', () => {
  it('keeps its confirmation when the stored interval changes', async () => {
    vi.mocked(setSyncInterval).mockImplementationOnce(async (minutes: number) => {
      await setMeta('syncIntervalMinutes', minutes);
      return { ok: true, value: undefined };
    });
    const user = userEvent.setup();
    renderSection(<SyncStatusSection />);
    const field = await screen.findByLabelText('Sync every (minutes)');
    await user.clear(field);
    await user.type(field, '30');
    await user.click(screen.getByRole('button', { name: 'Save interval' }));
    expect(await screen.findByText('Syncing every 30 minutes.')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.getByText('Syncing every 30 minutes.')).toBeInTheDocument();
    expect(screen.getByLabelText('Sync every (minutes)')).toHaveValue('30');
  });
});
