import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsWelcome } from '@/components/options/options-welcome';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { toStoredUser } from '@/lib/db/stored-keys';
import { requestPanel } from '@/lib/platform/panel-request';
import { renderSection } from './options-fixture';

vi.mock('@/lib/platform/panel-request', () => ({ requestPanel: vi.fn(async () => {}) }));

beforeEach(async () => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  await getDb().users.put(
    toStoredUser({
      id: 'demo-ada',
      email: 'ada@northwind.example',
      firstName: 'Ada',
      lastName: 'Lovelace',
      createdAt: '2025-01-01T00:00:00Z',
    }),
  );
});

const commandsReturning = (shortcut: string | undefined) => {
  (fakeBrowser as unknown as { commands: { getAll(): Promise<unknown[]> } }).commands = {
    getAll: async () => [{ name: '_execute_action', shortcut }],
  };
};

describe('the first-run welcome', () => {
  it('says how to open the panel, with the shortcut the browser assigned', async () => {
    commandsReturning('Alt+Shift+U');
    renderSection(<OptionsWelcome />);
    const welcome = screen.getByRole('region', { name: 'Welcome to User Page for CRM' });
    expect(within(welcome).getByRole('heading', { name: 'Open the panel' })).toBeInTheDocument();
    expect(welcome).toHaveTextContent(/pin it there/);
    expect(await within(welcome).findByText('Alt+Shift+U')).toBeInTheDocument();
  });

  it('does not claim a shortcut the browser did not assign', async () => {
    commandsReturning(undefined);
    renderSection(<OptionsWelcome />);
    expect(
      await screen.findByText(/give it a keyboard shortcut in the browser’s extension shortcuts/),
    ).toBeInTheDocument();
    expect(screen.queryByText('Alt+Shift+U')).not.toBeInTheDocument();
  });

  it('opens the panel on a sample person', async () => {
    commandsReturning('Alt+Shift+U');
    renderSection(<OptionsWelcome />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Open Ada Lovelace in the panel' }),
    );
    expect(requestPanel).toHaveBeenCalledWith({ kind: 'user', userId: 'demo-ada' });
  });
});
