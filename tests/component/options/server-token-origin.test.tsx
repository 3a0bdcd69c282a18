import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DataSourceSection } from '@/components/options/data-source-section';
import { setDb, UserPageDB } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import { PLAIN_HTTP_MESSAGE } from '@/lib/domain/server-origin';
import { syncMessageSchema } from '@/lib/messaging/sync-messages';
import { setSource, testConnection } from '@/lib/options/background-commands';
import { setMeta } from '@/tests/support/meta-rows';
import { renderSection } from './options-fixture';

// Issue #12: the saved token goes only to the server it was saved for, and never in clear
// text to another computer.

vi.mock('@/lib/options/background-commands', () => ({
  setSource: vi.fn(async () => ({ ok: true, value: undefined })),
  pushOutbox: vi.fn(async () => ({ ok: true, value: undefined })),
  testConnection: vi.fn(async () => ({
    ok: true,
    value: { workspace: { id: 'w', name: 'W' }, user: { name: 'U', email: 'u@x.io' } },
  })),
}));

vi.mock('@/lib/platform/permissions', () => ({
  ensureOriginPermission: vi.fn(async () => ({ ok: true })),
}));

beforeEach(async () => {
  vi.mocked(setSource).mockClear();
  vi.mocked(testConnection).mockClear();
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  await setMeta(META.sourceConfig, {
    kind: 'http',
    baseUrl: 'https://cs.example.com/api',
    token: 'tok_secret_value_9876',
  });
});

describe('saved API token and server address', () => {
  it('never sends the saved token to a changed host, on test or on save', async () => {
    const user = userEvent.setup();
    renderSection(<DataSourceSection />);
    const field = await screen.findByLabelText('Sync server URL');
    await user.clear(field);
    await user.type(field, 'https://evil.example.net/api');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(testConnection).not.toHaveBeenCalled();
    expect(setSource).not.toHaveBeenCalled();
    expect(
      screen.getByText(/Enter the API token for this server \(the saved token is kept/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Leave empty to keep it/)).toBeNull();
  });

  it('still reuses the saved token for another path on the same origin', async () => {
    const user = userEvent.setup();
    renderSection(<DataSourceSection />);
    const field = await screen.findByLabelText('Sync server URL');
    await user.clear(field);
    await user.type(field, 'https://cs.example.com/api/v2');
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(testConnection).toHaveBeenCalledWith(
      'https://cs.example.com/api/v2',
      'tok_secret_value_9876',
    );
  });

  it('allows http:// only for a server on this computer, and says why', async () => {
    const user = userEvent.setup();
    renderSection(<DataSourceSection />);
    const field = await screen.findByLabelText('Sync server URL');
    await user.clear(field);
    await user.type(field, 'http://cs.example.com/api');
    await user.type(screen.getByLabelText('API token'), 'tok_1234');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(setSource).not.toHaveBeenCalled();
    expect(screen.getByText(PLAIN_HTTP_MESSAGE)).toBeInTheDocument();
    // The worker refuses it too, whatever page sends it.
    const msg = { type: 'source/test', baseUrl: 'http://cs.example.com', token: 't' };
    expect(syncMessageSchema.safeParse(msg).success).toBe(false);
    const local = { ...msg, baseUrl: 'http://localhost:8080' };
    expect(syncMessageSchema.safeParse(local).success).toBe(true);
  });
});
