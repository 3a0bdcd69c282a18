import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DataSourceSection } from '@/components/options/data-source-section';
import { setDb, UserPageDB } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import { exchangeCode, setSource } from '@/lib/options/background-commands';
import { ensureOriginPermission } from '@/lib/platform/permissions';
import { setMeta } from '@/tests/support/meta-rows';
import { renderSection } from './options-fixture';

// A rep pastes the connection string an admin sent; the code becomes a token they never see.

vi.mock('@/lib/options/background-commands', () => ({
  setSource: vi.fn(async () => ({ ok: true, value: undefined })),
  pushOutbox: vi.fn(async () => ({ ok: true, value: undefined })),
  testConnection: vi.fn(),
  exchangeCode: vi.fn(async () => ({
    ok: true,
    value: { token: 'upr_from_code', user: { name: 'Ria Rep', email: 'ria@example.com' } },
  })),
}));

vi.mock('@/lib/platform/permissions', () => ({
  ensureOriginPermission: vi.fn(async () => ({ ok: true })),
}));

beforeEach(async () => {
  vi.mocked(setSource).mockClear();
  vi.mocked(exchangeCode).mockClear();
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  await setMeta(META.sourceConfig, {
    kind: 'http',
    baseUrl: 'https://cs.example.com/api',
    token: 'upr_old',
  });
});

describe('connecting with a connection code', () => {
  it('asks for the server’s permission, exchanges the code and saves the token', async () => {
    const user = userEvent.setup();
    renderSection(<DataSourceSection />);
    const field = await screen.findByLabelText('Connection string from your admin');
    await user.type(field, 'https://cs.example.com/api#code=upc_123');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(ensureOriginPermission).toHaveBeenCalledWith('https://cs.example.com/api');
    expect(exchangeCode).toHaveBeenCalledWith('https://cs.example.com/api', 'upc_123');
    expect(await screen.findByText('Connected as Ria Rep (ria@example.com).')).toBeInTheDocument();
    expect(setSource).toHaveBeenCalledWith(
      { kind: 'http', baseUrl: 'https://cs.example.com/api', token: 'upr_from_code' },
      false,
    );
    expect(screen.queryByDisplayValue(/upr_from_code/)).toBeNull();
  });

  it('says what is wrong with a pasted token, and sends nothing', async () => {
    const user = userEvent.setup();
    renderSection(<DataSourceSection />);
    const field = await screen.findByLabelText('Connection string from your admin');
    await user.type(field, 'upr_a_token_not_a_code');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText(/should end with “#code=”/)).toBeInTheDocument();
    expect(exchangeCode).not.toHaveBeenCalled();
    expect(setSource).not.toHaveBeenCalled();
  });

  it('shows why a spent code was refused', async () => {
    vi.mocked(exchangeCode).mockResolvedValueOnce({
      ok: false,
      error: 'This connection code was already used or has expired. Ask your admin for a new one.',
    });
    const user = userEvent.setup();
    renderSection(<DataSourceSection />);
    await user.type(
      await screen.findByLabelText('Connection string from your admin'),
      'https://cs.example.com/api#code=upc_old',
    );
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText(/already used or has expired/)).toBeInTheDocument();
    expect(setSource).not.toHaveBeenCalled();
  });
});
