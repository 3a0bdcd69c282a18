import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DefinitionsSection } from '@/components/options/definitions-section';
import { applyPage } from '@/lib/db/apply-page';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import { definitionsChanged } from '@/lib/options/background-commands';
import { getMeta, setMeta } from '@/tests/support/meta-rows';
import { workspaceRow } from '../../support/workspace-row';
import { renderSection } from './options-fixture';

vi.mock('@/lib/options/background-commands', () => ({
  definitionsChanged: vi.fn(async () => ({ ok: true, value: undefined })),
}));

const today = new Date().toISOString().slice(0, 10);

beforeEach(async () => {
  vi.mocked(definitionsChanged).mockClear();
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  const db = getDb();
  await db.workspace.put(workspaceRow({ id: 'w1', noteTypes: ['General'] }));
  await db.roles.put({ id: 'r-champ', name: 'Champion' });
  await db.personas.put({ id: 'p-buyer', name: 'Economic buyer' });
  await db.activityDays.put({
    userId: 'u1',
    day: today,
    events: 3,
    logins: 1,
    durationSec: 60,
    names: { login: 1, report_viewed: 2 },
  });
});

describe('definitions', () => {
  it("shows the workspace's values and the event names seen in the data", async () => {
    renderSection(<DefinitionsSection />);
    expect(await screen.findByLabelText('Activity window (days)')).toHaveValue('30');
    expect(screen.getByLabelText('Power users: top percent')).toHaveValue('10');
    expect(await screen.findByLabelText('Report viewed')).not.toBeChecked();
    expect(screen.getByLabelText('Login')).not.toBeChecked();
    expect(screen.getByLabelText('Champion')).not.toBeChecked();
    expect(screen.getByLabelText('Economic buyer')).not.toBeChecked();
    expect(screen.queryByText('Overridden')).not.toBeInTheDocument();
  });

  it.each([
    [
      'Activity window (days)',
      ['0', '366', 'abc', '7.5', ''],
      'Enter a whole number from 1 to 365',
    ],
    [
      'Power users: top percent',
      ['0', '101', 'ten', '-1', ''],
      'Enter a whole number from 1 to 100',
    ],
  ])('%s: bad input is named and nothing is saved', async (label, values, message) => {
    const user = userEvent.setup();
    renderSection(<DefinitionsSection />);
    const field = await screen.findByLabelText(label);
    for (const value of values) {
      await user.clear(field);
      if (value) await user.type(field, value);
      expect(screen.getByText(message)).toBeInTheDocument();
      expect(field).toHaveAttribute('aria-invalid', 'true');
      await user.click(screen.getByRole('button', { name: 'Save definitions' }));
    }
    expect(await getMeta(META.definitionOverrides)).toBeUndefined();
    expect(definitionsChanged).not.toHaveBeenCalled();
  });

  it('saves overrides, marks them, tells the background, and resets one', async () => {
    const user = userEvent.setup();
    renderSection(<DefinitionsSection />);
    const windowField = await screen.findByLabelText('Activity window (days)');
    await user.clear(windowField);
    await user.type(windowField, '14');
    await user.click(await screen.findByLabelText('Report viewed'));
    await user.click(screen.getByLabelText('Champion'));
    await user.click(screen.getByRole('button', { name: 'Save definitions' }));

    await waitFor(async () =>
      expect(await getMeta(META.definitionOverrides)).toEqual({
        windowDays: 14,
        activityEvents: ['report_viewed'],
        influencerRoleIds: ['r-champ'],
      }),
    );
    expect(definitionsChanged).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Saved. User types have been recomputed/)).toBeInTheDocument();
    expect(screen.getAllByText('Overridden')).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Reset activity window' }));
    await waitFor(async () =>
      expect(await getMeta(META.definitionOverrides)).toEqual({
        activityEvents: ['report_viewed'],
        influencerRoleIds: ['r-champ'],
      }),
    );
    // The form starts again from the stored values once the query has refetched them.
    await waitFor(() => expect(screen.getByLabelText('Activity window (days)')).toHaveValue('30'));
    expect(definitionsChanged).toHaveBeenCalledTimes(2);
  });

  it('keeps a value equal to the workspace one as not overridden', async () => {
    await setMeta(META.definitionOverrides, { powerTopPercent: 5 });
    const user = userEvent.setup();
    renderSection(<DefinitionsSection />);
    const field = await screen.findByLabelText('Power users: top percent');
    await waitFor(() => expect(field).toHaveValue('5'));
    expect(screen.getByText('Overridden')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, '10');
    await user.click(screen.getByRole('button', { name: 'Save definitions' }));
    await waitFor(async () => expect(await getMeta(META.definitionOverrides)).toEqual({}));
    await waitFor(() => expect(screen.queryByText('Overridden')).not.toBeInTheDocument());
  });

  it('offers event names that arrive with a sync that completes after the page opened', async () => {
    renderSection(<DefinitionsSection />);
    await screen.findByLabelText('Report viewed');
    // The sync stores a page with a new event name, then says it completed.
    await applyPage({
      cursor: 'c2',
      changes: [
        {
          type: 'event',
          op: 'upsert',
          data: { id: 'e-wf', userId: 'u2', ts: `${today}T09:00:00Z`, name: 'workflow_run' },
        },
      ],
    });
    await setMeta('syncStatus', {
      phase: 'idle',
      pulled: 1,
      intervalMinutes: 5,
      lastResult: 'ok',
      lastSyncAt: new Date().toISOString(),
    });
    expect(await screen.findByLabelText('Workflow run')).not.toBeChecked();
  });
});
