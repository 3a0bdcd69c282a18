import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DataSourceSection } from '@/components/options/data-source-section';
import { setDb, UserPageDB } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import { parseSsoAnswer } from '@/lib/domain/sso-answer';
import { setSource } from '@/lib/options/background-commands';
import { launchWebAuth } from '@/lib/platform/web-auth';
import { setMeta } from '@/tests/support/meta-rows';
import { renderSection } from './options-fixture';

// Sign-in with the team's identity provider through the browser's web-auth flow: the server's
// start URL carries the flow's redirect URL, and the token in the final URL is saved.

vi.mock('@/lib/options/background-commands', () => ({
  setSource: vi.fn(async () => ({ ok: true, value: undefined })),
  pushOutbox: vi.fn(async () => ({ ok: true, value: undefined })),
  testConnection: vi.fn(),
  exchangeCode: vi.fn(),
}));
vi.mock('@/lib/platform/permissions', () => ({
  ensureOriginPermission: vi.fn(async () => ({ ok: true })),
}));
vi.mock('@/lib/platform/web-auth', () => ({
  webAuthRedirectUrl: () => 'https://abcdef.chromiumapp.org/',
  launchWebAuth: vi.fn(
    async () =>
      'https://abcdef.chromiumapp.org/#token=upr_sso&expires_at=2026-12-08T12%3A00%3A00.000Z',
  ),
}));

beforeEach(async () => {
  vi.mocked(setSource).mockClear();
  vi.mocked(launchWebAuth).mockClear();
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  await setMeta(META.sourceConfig, {
    kind: 'http',
    baseUrl: 'https://cs.example.com',
    token: 'upr_old',
  });
});

describe('signing in with a company account', () => {
  it('opens the server’s sign-in in the web-auth flow and saves the token it returns', async () => {
    const user = userEvent.setup();
    renderSection(<DataSourceSection />);
    await user.type(
      await screen.findByLabelText('Sync server URL for company sign-in'),
      'https://cs.example.com/',
    );
    await user.click(screen.getByRole('button', { name: 'Sign in with your company account' }));
    expect(launchWebAuth).toHaveBeenCalledWith(
      'https://cs.example.com/v1/auth/sso/start?redirect_uri=https%3A%2F%2Fabcdef.chromiumapp.org%2F',
    );
    expect(await screen.findByText('Signed in with your company account.')).toBeInTheDocument();
    expect(setSource).toHaveBeenCalledWith(
      { kind: 'http', baseUrl: 'https://cs.example.com', token: 'upr_sso' },
      false,
    );
  });

  it('says why a refused or abandoned sign-in saved nothing', async () => {
    vi.mocked(launchWebAuth).mockResolvedValueOnce(
      'https://abcdef.chromiumapp.org/#error=access_denied&error_description=email+domain+x.org+is+not+allowed',
    );
    const user = userEvent.setup();
    renderSection(<DataSourceSection />);
    await user.type(
      await screen.findByLabelText('Sync server URL for company sign-in'),
      'https://cs.example.com',
    );
    await user.click(screen.getByRole('button', { name: 'Sign in with your company account' }));
    expect(await screen.findByText(/email domain x.org is not allowed/)).toBeInTheDocument();
    expect(setSource).not.toHaveBeenCalled();
    expect(parseSsoAnswer(undefined)).toMatchObject({
      ok: false,
      error: expect.stringContaining('window was closed'),
    });
  });
});
