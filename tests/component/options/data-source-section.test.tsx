import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataSourceSection } from '@/components/options/data-source-section';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import { pushOutbox, setSource, testConnection } from '@/lib/options/background-commands';
import { CSV_SAMPLE_EVENTS, CSV_SAMPLE_USERS } from '@/lib/sync/csv-samples';
import { readCsvStagingHeader } from '@/lib/sync/csv-staging';
import { setMeta } from '@/tests/support/meta-rows';
import { renderSection } from './options-fixture';

vi.mock('@/lib/options/background-commands', () => ({
  setSource: vi.fn(async () => ({ ok: true, value: undefined })),
  pushOutbox: vi.fn(async () => ({ ok: true, value: undefined })),
  testConnection: vi.fn(async () => ({
    ok: true,
    value: {
      workspace: { id: 'w1', name: 'Acme Production' },
      user: { name: 'Jane Doe', email: 'jane@acme.example' },
    },
  })),
}));

beforeEach(() => {
  vi.mocked(setSource).mockClear();
  vi.mocked(pushOutbox).mockClear();
  vi.mocked(testConnection).mockClear();
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function chooseServer() {
  const user = userEvent.setup();
  renderSection(<DataSourceSection />);
  const group = await screen.findByRole('group', { name: 'Data source' });
  expect(within(group).getByRole('radio', { name: 'Demo workspace' })).toBeChecked();
  await user.click(within(group).getByRole('radio', { name: 'Sync server' }));
  return user;
}

describe('data source: sync server', () => {
  it('starts on the demo workspace', async () => {
    renderSection(<DataSourceSection />);
    expect(await screen.findByText('Demo workspace', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'CSV import' })).not.toBeChecked();
  });

  it.each([
    ['', 'Enter a URL that starts with https:// or http://'],
    ['cs.example.com/api', 'Enter a URL that starts with https:// or http://'],
    ['ftp://cs.example.com', 'Enter a URL that starts with https:// or http://'],
    ['https://cs.example.com/api?x=1', 'Enter the base URL only, without ? or # parts'],
  ])('URL %j is refused as typed: %s', async (url, message) => {
    const user = await chooseServer();
    const field = screen.getByLabelText('Sync server URL');
    await user.type(field, `${url}x`);
    await user.type(field, '{backspace}');
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByLabelText('API token'), 'tok_123456789');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(setSource).not.toHaveBeenCalled();
    expect(testConnection).not.toHaveBeenCalled();
  });

  it('needs a token (an empty one or one with spaces is refused)', async () => {
    const user = await chooseServer();
    await user.type(screen.getByLabelText('Sync server URL'), 'http://127.0.0.1:4000');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Enter the API token')).toBeInTheDocument();
    await user.type(screen.getByLabelText('API token'), 'abc def');
    expect(screen.getByText('The API token cannot contain spaces')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(testConnection).not.toHaveBeenCalled();
    expect(setSource).not.toHaveBeenCalled();
  });

  it('tests the connection and names the workspace, or shows the error in words', async () => {
    const user = await chooseServer();
    await user.type(screen.getByLabelText('Sync server URL'), 'http://127.0.0.1:4000/api/');
    await user.type(screen.getByLabelText('API token'), ' tok_123456789 ');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(
      await screen.findByText('Connected to the workspace “Acme Production” as Jane Doe.'),
    ).toBeInTheDocument();
    expect(testConnection).toHaveBeenCalledWith('http://127.0.0.1:4000/api', 'tok_123456789');

    vi.mocked(testConnection).mockResolvedValueOnce({
      ok: false,
      error: 'The server rejected the API token.',
    });
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('The server rejected the API token.')).toBeInTheDocument();
  });

  it('asks the browser for access to a server outside the manifest and explains a refusal', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    const user = await chooseServer();
    await user.type(screen.getByLabelText('Sync server URL'), 'https://cs.example.com/api');
    await user.type(screen.getByLabelText('API token'), 'tok_123456789');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(request).toHaveBeenCalledWith({ origins: ['https://cs.example.com/*'] });
    expect(await screen.findByText(/Access to cs.example.com was not allowed/)).toBeInTheDocument();
    expect(setSource).not.toHaveBeenCalled();
  });

  it('saves after confirming the switch, then shows the first sync progress', async () => {
    const user = await chooseServer();
    await user.type(screen.getByLabelText('Sync server URL'), 'http://127.0.0.1:4000');
    await user.type(screen.getByLabelText('API token'), 'tok_123456789');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Switch the data source to Sync server?',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Switch' }));
    expect(setSource).toHaveBeenCalledWith(
      { kind: 'http', baseUrl: 'http://127.0.0.1:4000', token: 'tok_123456789' },
      false,
    );
    expect(await screen.findByText(/Switched to Sync server/)).toBeInTheDocument();

    await setMeta(META.syncStatus, { phase: 'syncing', pulled: 5000, intervalMinutes: 5 });
    expect(
      await screen.findByRole('progressbar', { name: 'First sync progress' }),
    ).toBeInTheDocument();
    expect(screen.getByText('5,000 records so far')).toBeInTheDocument();
    // The first sync's own count, even after a small follow-up run replaced `pulled`.
    const at = new Date(Date.now() + 1000).toISOString();
    await setMeta(META.syncStatus, {
      phase: 'idle',
      pulled: 3,
      firstSync: { pulled: 7000, at },
      lastResult: 'ok',
      lastSyncAt: at,
      intervalMinutes: 5,
    });
    expect(
      await screen.findByText('First sync complete: 7,000 records pulled.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Switched to Sync server/)).not.toBeInTheDocument();
  });

  it('never shows a saved token in full, and keeps it when the field is left empty', async () => {
    await setMeta(META.sourceConfig, {
      kind: 'http',
      baseUrl: 'http://127.0.0.1:4000',
      token: 'tok_secret_value_9876',
    });
    const user = userEvent.setup();
    renderSection(<DataSourceSection />);
    expect(await screen.findByText(/API token •••• 9876/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Sync server' })).toBeChecked();
    expect(document.body.textContent).not.toContain('tok_secret_value_9876');
    expect(screen.getByLabelText('API token')).toHaveValue('');
    expect(screen.getByText('Saved token: •••• 9876. Leave empty to keep it.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(testConnection).toHaveBeenCalledWith('http://127.0.0.1:4000', 'tok_secret_value_9876');
    // Same server, new token: no data is replaced, so no confirmation.
    await user.type(screen.getByLabelText('API token'), 'tok_new_value_1111');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(setSource).toHaveBeenCalledWith(
      { kind: 'http', baseUrl: 'http://127.0.0.1:4000', token: 'tok_new_value_1111' },
      false,
    );
    expect(await screen.findByText('Saved the new API token.')).toBeInTheDocument();
  });

  it('does not drop unsent changes silently when switching', async () => {
    await getDb().outbox.add({
      kind: 'note.put',
      entityId: 'n1',
      method: 'PUT',
      path: '/v1/notes/n1',
      body: { id: 'n1', title: 'Renewal call' },
      status: 'pending',
      attempts: 0,
      createdAt: '2026-11-01T10:00:00Z',
    });
    const user = await chooseServer();
    await user.type(screen.getByLabelText('Sync server URL'), 'http://127.0.0.1:4000');
    await user.type(screen.getByLabelText('API token'), 'tok_123456789');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(
      within(dialog).getByText(/1 local change has not reached the current source/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Send them first' }));
    expect(pushOutbox).toHaveBeenCalledTimes(1);
    expect(setSource).not.toHaveBeenCalled();

    vi.mocked(setSource).mockResolvedValueOnce({
      ok: false,
      error: 'A sync is running; try again.',
    });
    await user.click(within(dialog).getByRole('button', { name: 'Discard them and switch' }));
    expect(setSource).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'http' }), true);
    expect(await within(dialog).findByText('A sync is running; try again.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
  });

  it('says what becomes of the records written in the demo workspace, and asks', async () => {
    await setMeta(`${META.localLedgers.prefix}demo`, {
      nextSeq: 3,
      entries: {
        'note:n1': { seq: 1, item: { kind: 'note.put', entityId: 'n1', body: {} } },
        'note:n2': { seq: 2, item: { kind: 'note.put', entityId: 'n2', body: {} } },
      },
    });
    const user = await chooseServer();
    await user.type(screen.getByLabelText('Sync server URL'), 'http://127.0.0.1:4000');
    await user.type(screen.getByLabelText('API token'), 'tok_123456789');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('alertdialog');
    const choice = await within(dialog).findByRole('group', {
      name: '2 records written here in the Demo workspace (notes, enrolments, role changes)',
    });
    expect(
      within(choice).getByRole('radio', { name: /Keep them for the Demo workspace/ }),
    ).toBeChecked();
    await user.click(within(choice).getByRole('radio', { name: 'Discard them' }));
    await user.click(within(dialog).getByRole('button', { name: 'Switch' }));
    expect(setSource).toHaveBeenCalledWith(
      { kind: 'http', baseUrl: 'http://127.0.0.1:4000', token: 'tok_123456789' },
      false,
      true,
    );
  });

  it('switches back to the demo workspace', async () => {
    await setMeta(META.sourceConfig, {
      kind: 'http',
      baseUrl: 'http://127.0.0.1:4000',
      token: 'tok_123456789',
    });
    const user = userEvent.setup();
    renderSection(<DataSourceSection />);
    await user.click(await screen.findByRole('radio', { name: 'Demo workspace' }));
    await user.click(screen.getByRole('button', { name: 'Use the demo workspace' }));
    await user.click(screen.getByRole('button', { name: 'Switch' }));
    expect(setSource).toHaveBeenCalledWith({ kind: 'demo' }, false);
  });
});

describe('data source: CSV import', () => {
  const file = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

  it('stages the checked files only once the switch is confirmed, then switches', async () => {
    const user = userEvent.setup();
    renderSection(<DataSourceSection />);
    await user.click(await screen.findByRole('radio', { name: 'CSV import' }));
    await user.upload(screen.getByLabelText('Users file (CSV)'), file('u.csv', CSV_SAMPLE_USERS));
    await user.upload(
      screen.getByLabelText('Events file (CSV, optional)'),
      file('e.csv', CSV_SAMPLE_EVENTS),
    );
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Switch the data source to CSV import?',
    });
    expect(await readCsvStagingHeader()).toBeUndefined();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await readCsvStagingHeader()).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Import' }));
    await user.click(await screen.findByRole('button', { name: 'Switch' }));
    await waitFor(() => expect(setSource).toHaveBeenCalledWith({ kind: 'csv' }, false));
    const header = await readCsvStagingHeader();
    expect(header?.counts).toMatchObject({ users: 6, events: 10 });
  });

  it('after an import, offers to import another file instead of the same Import button', async () => {
    const user = userEvent.setup();
    renderSection(<DataSourceSection />);
    await user.click(await screen.findByRole('radio', { name: 'CSV import' }));
    await user.upload(screen.getByLabelText('Users file (CSV)'), file('u.csv', CSV_SAMPLE_USERS));
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    await user.click(await screen.findByRole('button', { name: 'Switch' }));
    const another = await screen.findByRole('button', { name: 'Import another file' });
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Users file (CSV)')).not.toBeInTheDocument();

    await user.click(another);
    expect(screen.getByLabelText('Users file (CSV)')).toBeInTheDocument();
    expect(screen.getByText('Choose a users file to check it.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
  });

  it('imports nothing when a file has a problem', async () => {
    const user = userEvent.setup();
    renderSection(<DataSourceSection />);
    await user.click(await screen.findByRole('radio', { name: 'CSV import' }));
    await user.upload(
      screen.getByLabelText('Users file (CSV)'),
      file('u.csv', CSV_SAMPLE_USERS.replace('2026-05-20', 'last spring')),
    );
    expect(await screen.findByText(/Nothing was imported/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    expect(await readCsvStagingHeader()).toBeUndefined();
    expect(setSource).not.toHaveBeenCalled();
  });
});
