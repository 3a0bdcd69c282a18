import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DataSourceSection } from '@/components/options/data-source-section';
import { setDb, UserPageDB } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import { setSource, testConnection } from '@/lib/options/background-commands';
import { setMeta } from '@/tests/support/meta-rows';
import { renderSection } from './options-fixture';

// The connection form: one current message, in local time, gone when it no longer holds; and a
// failed "Test connection" cannot lead to replacing the working data without a clear choice.

vi.mock('@/lib/options/background-commands', () => ({
  setSource: vi.fn(async () => ({ ok: true, value: undefined })),
  pushOutbox: vi.fn(async () => ({ ok: true, value: undefined })),
  testConnection: vi.fn(async () => ({ ok: false, error: 'Can’t reach the server.' })),
}));

beforeEach(() => {
  vi.mocked(setSource).mockClear();
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
});

async function serverFormOnDemo() {
  const user = userEvent.setup();
  renderSection(<DataSourceSection />);
  await user.click(await screen.findByRole('radio', { name: 'Sync server' }));
  await user.type(screen.getByLabelText('Sync server URL'), 'http://127.0.0.1:4000');
  await user.type(screen.getByLabelText('API token'), 'tok_123456789');
  return user;
}

describe('the connection form', () => {
  it('after a failed test, Save asks before replacing the demo, and Cancel keeps it', async () => {
    const user = await serverFormOnDemo();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('Can’t reach the server.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const ask = await screen.findByRole('alertdialog', {
      name: 'The connection test failed. Switch anyway?',
    });
    expect(ask).toHaveFocus();
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(setSource).not.toHaveBeenCalled();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    // Saying so explicitly goes on to the usual switch confirmation.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Switch anyway' }));
    expect(
      await screen.findByRole('alertdialog', { name: 'Switch the data source to Sync server?' }),
    ).toBeInTheDocument();
  });

  it('a test that passed (or details changed since) saves without the extra question', async () => {
    vi.mocked(testConnection).mockResolvedValueOnce({
      ok: true,
      value: { workspace: { id: 'w', name: 'Acme' }, user: { name: 'Jo', email: 'jo@a.example' } },
    });
    const user = await serverFormOnDemo();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    await screen.findByText(/Connected to the workspace “Acme”/);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByRole('alertdialog', { name: 'Switch the data source to Sync server?' }),
    ).toBeInTheDocument();
  });

  it('after saving a token: one line at a time, the failure in local time, not UTC', async () => {
    await setMeta(META.sourceConfig, {
      kind: 'http',
      baseUrl: 'http://127.0.0.1:4000',
      token: 'tok_secret_value_9876',
    });
    const user = userEvent.setup();
    renderSection(<DataSourceSection />);
    await user.type(await screen.findByLabelText('API token'), 'tok_new_value_1111');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved the new API token.')).toBeInTheDocument();
    await setMeta(META.syncStatus, {
      phase: 'error',
      pulled: 0,
      intervalMinutes: 5,
      lastResult: 'error',
      lastError: 'The server answered 503. Trying again at 12:10 UTC.',
      nextRetryAt: '2026-11-20T12:10:00Z',
    });
    const alert = await screen.findByText(/^The server answered 503\. Trying again at /);
    expect(alert.textContent).not.toMatch(/UTC/);
    expect(screen.queryByText('Saved the new API token.')).not.toBeInTheDocument();
  });

  it('a failed test of the server in use goes once that server has synced again', async () => {
    await setMeta(META.sourceConfig, {
      kind: 'http',
      baseUrl: 'http://127.0.0.1:4000',
      token: 'tok_secret_value_9876',
    });
    const user = userEvent.setup();
    renderSection(<DataSourceSection />);
    await user.click(await screen.findByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('Can’t reach the server.')).toBeInTheDocument();
    await setMeta(META.syncStatus, {
      phase: 'idle',
      pulled: 4,
      intervalMinutes: 5,
      lastResult: 'ok',
      lastSyncAt: new Date(Date.now() + 60_000).toISOString(),
    });
    await waitFor(() => expect(screen.queryByText('Can’t reach the server.')).toBeNull());
  });
});
