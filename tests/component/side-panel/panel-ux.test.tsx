import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import { saveNote } from '@/lib/db/note-writes';
import { toStoredUser } from '@/lib/db/stored-keys';
import { getDisabledCrms, setDisabledCrms } from '@/lib/platform/crm-sites';
import { deleteMeta, setMeta } from '@/tests/support/meta-rows';
import { workspaceRow } from '../../support/workspace-row';
import {
  ADA,
  contactDetection,
  daysAgo,
  freshDb,
  renderPanel,
  seedWorkspace,
} from './panel-fixture';

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
});

/** As during a first sync: users have arrived, the derived data (types) not yet. */
async function firstSyncRunning(pulled = 1200) {
  await deleteMeta(META.derivedDay);
  await getDb().userStats.clear();
  await setMeta('syncStatus', { phase: 'syncing', pulled, intervalMinutes: 5 });
}

describe('honest while the first sync runs', () => {
  it('shows progress, not "No product user matches", for a person not synced yet', async () => {
    await firstSyncRunning();
    await renderPanel(
      contactDetection(7, {
        person: { emails: ['grace@contoso.example'], name: 'Grace Hopper' },
        match: { suggestions: [] },
      }),
    );
    const state = await screen.findByRole('region', { name: 'Still syncing' });
    expect(within(state).getByText('Still syncing… (1,200 records)')).toBeInTheDocument();
    expect(
      within(state).getByRole('progressbar', { name: 'First sync progress' }),
    ).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/No product user|not a product user/i);
  });

  it('shows who a matched person is, but no type and no usage figure, until types are derived', async () => {
    await firstSyncRunning();
    await renderPanel(contactDetection(7));
    expect(await screen.findByRole('region', { name: 'Still syncing' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'User type' })).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/Power user|Inactive|Zombie|active days/i);
    // Opened by hand (header search) it is the same.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Find a user' }), 'bob');
    await userEvent.click(await screen.findByRole('button', { name: /Bob Stone/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bob Stone' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Still syncing' })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/Inactive|active days/i);
    // The sync finishes: the verdict appears.
    await setMeta(META.derivedDay, daysAgo(0));
    await setMeta('syncStatus', {
      phase: 'idle',
      pulled: 0,
      intervalMinutes: 5,
      lastResult: 'ok',
      lastSyncAt: new Date().toISOString(),
    });
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Still syncing' })).not.toBeInTheDocument(),
    );
  });
});

describe('the header on every page', () => {
  it('has a settings gear that opens the settings', async () => {
    let opened = 0;
    fakeBrowser.runtime.openOptionsPage = async () => {
      opened += 1;
    };
    await renderPanel(contactDetection(7));
    await userEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(opened).toBe(1);
  });

  it('finds a user from the header and moves focus to their page, and back on "Back"', async () => {
    await renderPanel(contactDetection(7));
    await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
    const box = screen.getByRole('searchbox', { name: 'Find a user' });
    await userEvent.click(box);
    await userEvent.keyboard('zoe');
    const results = await screen.findByRole('list', { name: 'Matching users' });
    await userEvent.keyboard('{ArrowDown}');
    expect(within(results).getByRole('button', { name: /Zoe Quinn/ })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Zoe Quinn' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(box).toHaveValue('');
    await userEvent.click(screen.getByRole('button', { name: /Back/ }));
    const ada = await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
    await waitFor(() => expect(ada).toHaveFocus());
  });

  it('Escape clears the header search', async () => {
    await renderPanel(undefined);
    const box = await screen.findByRole('searchbox', { name: 'Find a user' });
    await userEvent.type(box, 'ada');
    expect(await screen.findByRole('list', { name: 'Matching users' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(box).toHaveValue('');
    expect(screen.queryByRole('list', { name: 'Matching users' })).not.toBeInTheDocument();
  });
});

describe('demo data', () => {
  beforeEach(async () => {
    await getDb().workspace.clear();
    await getDb().workspace.put(workspaceRow({ id: 'demo', name: 'Demo workspace' }));
  });

  it('a "Demo data" chip explains itself and links to the settings', async () => {
    let opened = 0;
    fakeBrowser.runtime.openOptionsPage = async () => {
      opened += 1;
    };
    await renderPanel(undefined);
    const chip = await screen.findByRole('button', { name: 'Demo data' });
    expect(chip).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(chip);
    const about = screen.getByRole('region', { name: 'About demo data' });
    expect(about).toHaveTextContent(/made-up people/);
    await userEvent.click(within(about).getByRole('button', { name: 'Connect your data' }));
    expect(opened).toBe(1);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'About demo data' })).not.toBeInTheDocument();
    expect(chip).toHaveFocus();
  });

  it('a real CRM contact is "not in the demo workspace", not "not a product user"', async () => {
    await renderPanel(
      contactDetection(7, {
        person: { emails: ['real@customer.example'], name: 'Real Person' },
        match: { suggestions: [] },
      }),
    );
    expect(await screen.findByText('Real Person is not in the demo workspace')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Connect your data' })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/No product user matches/);
  });
});

describe('a CRM the user switched off', () => {
  it('says it is switched off and switches it on', async () => {
    await setDisabledCrms(['hubspot', 'zoho']);
    await renderPanel({
      tabId: 7,
      url: 'https://app.hubspot.com/contacts/1/record/0-1/2',
      crm: 'hubspot',
      page: 'other',
      detectedAt: new Date().toISOString(),
    });
    expect(await screen.findByText('HubSpot is switched off')).toBeInTheDocument();
    expect(screen.queryByText(/Open a contact in your CRM/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Switch on HubSpot' }));
    await waitFor(async () => expect(await getDisabledCrms()).toEqual(['zoho']));
    expect(await screen.findByText(/Open a contact in your CRM/)).toBeInTheDocument();
  });
});

describe('notes with the keyboard', () => {
  it('focuses the form that opened, closes on Escape, and edits a note in place', async () => {
    await saveNote({
      userId: 'u-ada',
      title: 'Kick-off',
      body: 'First call',
      type: 'Call',
      author: 'You',
    });
    await renderPanel(contactDetection(7));
    const newNote = await screen.findByRole('button', { name: 'New note' });
    await userEvent.click(newNote);
    const title = screen.getByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(title).toHaveFocus());
    await userEvent.keyboard('Typed straight away');
    expect(title).toHaveValue('Typed straight away');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'New note' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'New note' })).toHaveFocus());
    // Edit: the form takes the note's place in the list, nothing opens at the top.
    const list = screen.getByRole('list', { name: 'Notes' });
    await userEvent.click(within(list).getByRole('button', { name: 'Edit' }));
    const form = within(list).getByRole('form', { name: 'Edit note' });
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveValue('Kick-off');
    expect(within(list).queryByRole('article', { name: 'Kick-off' })).not.toBeInTheDocument();
    await userEvent.clear(within(form).getByRole('textbox', { name: 'Title' }));
    await userEvent.type(within(form).getByRole('textbox', { name: 'Title' }), 'Kick-off call');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(list).findByRole('article', { name: 'Kick-off call' })).toBeInTheDocument();
    await waitFor(() => expect(within(list).getByRole('button', { name: 'Edit' })).toHaveFocus());
  });
});

describe('words people read', () => {
  it('shows readable event and custom field names, or the workspace’s own labels', async () => {
    const db = getDb();
    await db.workspace.clear();
    await db.workspace.put(
      workspaceRow({
        activityGranularity: 'day',
        eventLabels: { report_exported: 'Exported a report' },
        customFieldLabels: { csm_owner: 'CSM' },
      }),
    );
    await db.users.put(
      toStoredUser({
        ...ADA,
        customFields: { ONBOARDING_COMPLETE: true, csm_owner: 'Dana', trialEndsOn: '2026-12-01' },
      }),
    );
    await db.activityDays.update(['u-ada', daysAgo(0)], {
      names: { widget_added: 5, report_exported: 2 },
    });
    await renderPanel(contactDetection(7));
    const fields = await screen.findByLabelText('Custom fields');
    expect(within(fields).getByText('Onboarding complete')).toBeInTheDocument();
    expect(within(fields).getByText('CSM')).toBeInTheDocument();
    expect(within(fields).getByText('Trial ends on')).toBeInTheDocument();
    expect(fields).not.toHaveTextContent('ONBOARDING_COMPLETE');
    expect(await screen.findByText('Widget added ×5')).toBeInTheDocument();
    expect(screen.getByText('Exported a report ×2')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('widget_added');
  });
});
