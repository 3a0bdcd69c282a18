import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataSection } from '@/components/options/data-section';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import { resetLocalData } from '@/lib/options/background-commands';
import { renderSection } from './options-fixture';

vi.mock('@/lib/options/background-commands', () => ({
  resetLocalData: vi.fn(async () => ({ ok: true, value: undefined })),
}));

const blobs: Blob[] = [];

beforeEach(async () => {
  vi.mocked(resetLocalData).mockClear();
  blobs.length = 0;
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { estimate: async () => ({ usage: 3 * 1024 * 1024, quota: 1e10 }) },
  });
  URL.createObjectURL = vi.fn((b: Blob) => {
    blobs.push(b);
    return 'blob:notes';
  });
  URL.revokeObjectURL = vi.fn();
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  const db = getDb();
  await db.users.bulkPut([
    {
      id: 'u1',
      email: 'ada@northwind.example',
      createdAt: '2026-01-01T00:00:00Z',
      crmKeys: [],
      searchKeys: [],
    },
    { id: 'u2', createdAt: '2026-01-01T00:00:00Z', crmKeys: [], searchKeys: [] },
  ]);
  await db.notes.bulkPut([
    {
      id: 'n1',
      userId: 'u1',
      title: 'Renewal call',
      body: 'Wants SSO, "soon"',
      type: 'Call',
      createdAt: '2026-11-01T10:00:00Z',
      updatedAt: '2026-11-01T10:00:00Z',
    },
  ]);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('data', () => {
  it('shows records per table and the bytes used', async () => {
    renderSection(<DataSection />);
    const table = await screen.findByRole('table', { name: 'Records per table' });
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: 'Users 2' })).toBeInTheDocument(),
    );
    expect(within(table).getByRole('row', { name: 'Notes 1' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: 'Events 0' })).toBeInTheDocument();
    expect(await screen.findByText('Storage used: 3.0 MB')).toBeInTheDocument();
  });

  it('counts the synced tables after each completed sync, not on every synced page', async () => {
    renderSection(<DataSection />);
    const table = await screen.findByRole('table', { name: 'Records per table' });
    await within(table).findByRole('row', { name: 'Users 2' });
    // A sync storing a page: a million events would be recounted on each one, holding the
    // store against the sync's next write.
    await getDb().users.put({
      id: 'u3',
      createdAt: '2026-01-01T00:00:00Z',
      crmKeys: [],
      searchKeys: [],
    });
    await getDb().notes.put({
      id: 'n2',
      userId: 'u3',
      title: 'Intro',
      body: '',
      type: 'Call',
      createdAt: '2026-11-02T10:00:00Z',
      updatedAt: '2026-11-02T10:00:00Z',
    });
    // Notes are the rep's own: live.
    await within(table).findByRole('row', { name: 'Notes 2' });
    expect(within(table).getByRole('row', { name: 'Users 2' })).toBeInTheDocument();
    await META.syncStatus.set({
      phase: 'idle',
      pulled: 0,
      intervalMinutes: 60,
      lastSyncAt: '2026-11-30T12:00:00Z',
    });
    await within(table).findByRole('row', { name: 'Users 3' });
  });

  it('exports the notes as a CSV download with the user email', async () => {
    const user = userEvent.setup();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderSection(<DataSection />);
    await user.click(screen.getByRole('button', { name: 'Export notes as CSV' }));
    expect(await screen.findByText(/Exported 1 note to notes-/)).toBeInTheDocument();
    expect(click).toHaveBeenCalledTimes(1);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0] as Blob);
    });
    expect(text).toContain('n1,Call,Renewal call,"Wants SSO, ""soon""",,u1,ada@northwind.example');
  });

  it('says so when there are no notes', async () => {
    await getDb().notes.clear();
    const user = userEvent.setup();
    renderSection(<DataSection />);
    await user.click(screen.getByRole('button', { name: 'Export notes as CSV' }));
    expect(await screen.findByText('There are no notes to export.')).toBeInTheDocument();
    expect(blobs).toHaveLength(0);
  });

  it('resets only after confirmation, warning about unsynced changes', async () => {
    await getDb().outbox.add({
      kind: 'note.put',
      entityId: 'n1',
      method: 'PUT',
      path: '/v1/notes/n1',
      status: 'pending',
      attempts: 0,
      createdAt: '2026-11-01T10:00:00Z',
    });
    const user = userEvent.setup();
    renderSection(<DataSection />);
    await user.click(screen.getByRole('button', { name: 'Reset local data' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Reset local data?' });
    expect(
      await within(dialog).findByText(/1 change not yet sent to the server will be lost/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(resetLocalData).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Reset local data' }));
    await user.click(screen.getByRole('button', { name: 'Reset and sync again' }));
    expect(resetLocalData).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Local data was reset/)).toBeInTheDocument();
  });

  it('shows a failed reset in words', async () => {
    vi.mocked(resetLocalData).mockResolvedValueOnce({ ok: false, error: 'A sync is running' });
    const user = userEvent.setup();
    renderSection(<DataSection />);
    await user.click(screen.getByRole('button', { name: 'Reset local data' }));
    await user.click(screen.getByRole('button', { name: 'Reset and sync again' }));
    expect(
      await screen.findByText('Could not reset the local data: A sync is running'),
    ).toBeInTheDocument();
  });
});
