import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import type { SyncStatus } from '@/lib/domain/sync-status';
import { deleteMeta, setMeta } from '@/tests/support/meta-rows';
import { contactDetection, freshDb, renderPanel, seedWorkspace } from './panel-fixture';

// The first sync as it really stands: moving (determinate when the server says how much is
// left), failing (what, since when, next try, the one action that fixes it), or not running.
// A bar moves only while records come.

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
  await deleteMeta(META.derivedDay);
  await getDb().userStats.clear();
});

async function showWith(status: Partial<SyncStatus>) {
  await setMeta('syncStatus', { phase: 'syncing', pulled: 0, intervalMinutes: 5, ...status });
  await renderPanel(contactDetection(7));
  return screen.findByRole('region', { name: 'Still syncing' });
}

describe('the first sync in the panel', () => {
  it('with the server’s total: a determinate bar and “of about”', async () => {
    const state = await showWith({ pulled: 399, total: 1100 });
    expect(within(state).getByText('Still syncing… 399 of about 1,100 records')).toBeVisible();
    const bar = within(state).getByRole('progressbar', { name: 'First sync progress' });
    expect(bar).toHaveAttribute('value', '399');
    expect(bar).toHaveAttribute('max', '1100');
  });

  it('server down: says so with since when and the next try, no bar, and “Try again now”', async () => {
    const state = await showWith({
      phase: 'error',
      lastResult: 'error',
      lastError: 'Can’t reach the server.',
      failingSince: new Date(Date.now() - 5 * 60_000).toISOString(),
      nextRetryAt: new Date(Date.now() + 5 * 60_000).toISOString(),
    });
    expect(within(state).getByText('The first sync has stopped')).toBeVisible();
    expect(within(state).getByText('Can’t reach the server.')).toBeVisible();
    expect(within(state).getByText(/^Since .*\. Trying again at .*\.$/)).toBeVisible();
    expect(within(state).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(state).toHaveAttribute('aria-busy', 'false');
    let asked = 0;
    fakeBrowser.runtime.onMessage.addListener(() => {
      asked += 1;
      return Promise.resolve({ ok: true });
    });
    await userEvent.click(within(state).getByRole('button', { name: 'Try again now' }));
    expect(asked).toBe(1);
  });

  it('token refused: the one fix is in the settings', async () => {
    const state = await showWith({
      phase: 'paused',
      lastResult: 'error',
      lastError: 'The server rejected the API token.',
    });
    expect(within(state).getByText('The server rejected the API token.')).toBeVisible();
    expect(within(state).getByRole('button', { name: 'Open settings to fix it' })).toBeVisible();
    expect(within(state).queryByRole('button', { name: 'Try again now' })).not.toBeInTheDocument();
    expect(within(state).queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('a run waiting to retry shows the failure, not a moving bar', async () => {
    const state = await showWith({
      phase: 'syncing',
      lastError: 'Can’t reach the server.',
      nextRetryAt: new Date(Date.now() + 15_000).toISOString(),
    });
    expect(within(state).getByText('The first sync is waiting to try again')).toBeVisible();
    expect(within(state).queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('not running and not failing: no bar, and a button to start it', async () => {
    const state = await showWith({ phase: 'idle' });
    expect(within(state).getByText('The first sync of the workspace is not running')).toBeVisible();
    expect(within(state).queryByRole('progressbar')).not.toBeInTheDocument();
    expect(within(state).getByRole('button', { name: 'Sync now' })).toBeVisible();
  });
});
