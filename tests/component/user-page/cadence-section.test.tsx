import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { listOutbox } from '@/lib/db/outbox';
import { contactDetection, freshDb, renderPanel, seedWorkspace } from '../side-panel/panel-fixture';

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
  await getDb().enrollments.put({
    id: 'e-past',
    cadenceId: 'c-qbr',
    userId: 'u-ada',
    createdAt: '2026-01-02T00:00:00Z',
    status: 'completed',
  });
});

async function openDialog() {
  await userEvent.click(await screen.findByRole('button', { name: 'Add to cadence' }));
  return screen.getByRole('dialog', { name: 'Add to cadence' });
}

describe('add to cadence', () => {
  it('lists past cadences', async () => {
    await renderPanel(contactDetection(7));
    const history = await screen.findByRole('list', { name: 'Cadence history' });
    expect(within(history).getByText('QBR prep')).toBeInTheDocument();
    expect(within(history).getByText('Completed')).toBeInTheDocument();
  });

  it('filters by tab, search and tag, then confirms and reports success', async () => {
    await renderPanel(contactDetection(7));
    const dialog = await openDialog();
    const d = within(dialog);
    expect(d.getByRole('tab', { name: 'Personal' })).toHaveAttribute('aria-selected', 'true');
    expect(d.getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual([
      'Onboarding follow-up4 steps · onboarding',
      'QBR preprenewal',
    ]);
    await userEvent.click(d.getByRole('tab', { name: 'Team' }));
    expect(d.getAllByRole('radio')).toHaveLength(1);
    await userEvent.click(d.getByRole('tab', { name: 'Personal' }));
    await userEvent.selectOptions(d.getByRole('combobox', { name: 'Tag' }), 'onboarding');
    expect(d.getAllByRole('radio')).toHaveLength(1);
    await userEvent.selectOptions(d.getByRole('combobox', { name: 'Tag' }), 'All tags');
    await userEvent.type(d.getByRole('searchbox', { name: 'Search cadences' }), 'onboard');
    expect(d.getAllByRole('radio')).toHaveLength(1);
    expect(d.getByRole('button', { name: 'Next' })).toBeDisabled();
    await userEvent.click(d.getByRole('radio', { name: /Onboarding follow-up/ }));
    await userEvent.click(d.getByRole('button', { name: 'Next' }));
    expect(d.getByText(/\(4 steps\)/)).toBeInTheDocument();
    await userEvent.click(d.getByRole('button', { name: 'Add to cadence' }));
    expect(
      await screen.findByText('Ada Lovelace was added to the cadence “Onboarding follow-up”.'),
    ).toBeInTheDocument();
    const history = screen.getByRole('list', { name: 'Cadence history' });
    await waitFor(() =>
      expect(within(history).getByText('Onboarding follow-up')).toBeInTheDocument(),
    );
    const outbox = await listOutbox();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      kind: 'enrollment.put',
      body: { cadenceId: 'c-onb', userId: 'u-ada' },
    });
  });

  it('marks a cadence the person is already in and does not offer it again', async () => {
    await getDb().enrollments.put({
      id: 'e-now',
      cadenceId: 'c-team',
      userId: 'u-ada',
      createdAt: '2026-02-02T00:00:00Z',
      status: 'active',
    });
    await renderPanel(contactDetection(7));
    const d = within(await openDialog());
    await userEvent.click(d.getByRole('tab', { name: 'Team' }));
    const radio = d.getByRole('radio', { name: /Renewal nurture/ });
    expect(radio).toBeDisabled();
    expect(radio.closest('label')).toHaveTextContent('Already in it');
    await userEvent.click(radio);
    expect(d.getByRole('button', { name: 'Next' })).toBeDisabled();
    // A completed cadence may be sent again.
    await userEvent.click(d.getByRole('tab', { name: 'Personal' }));
    expect(d.getByRole('radio', { name: /QBR prep/ })).toBeEnabled();
    expect(await listOutbox()).toHaveLength(0);
  });

  it('stops an active enrolment through the enrolment PUT with status "stopped"', async () => {
    await getDb().enrollments.put({
      id: 'e-now',
      cadenceId: 'c-team',
      userId: 'u-ada',
      createdAt: '2026-02-02T00:00:00Z',
      status: 'active',
    });
    await renderPanel(contactDetection(7));
    const history = await screen.findByRole('list', { name: 'Cadence history' });
    // Only the active one can be stopped.
    expect(within(history).getAllByRole('button', { name: /^Stop/ })).toHaveLength(1);
    await userEvent.click(within(history).getByRole('button', { name: 'Stop Renewal nurture' }));
    await userEvent.click(within(history).getByRole('button', { name: 'Stop' }));
    expect(await screen.findByText(/Stopped “Renewal nurture”/)).toBeInTheDocument();
    await waitFor(() => expect(within(history).getAllByText('Stopped')).toHaveLength(1));
    const outbox = await listOutbox();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      kind: 'enrollment.put',
      method: 'PUT',
      path: '/v1/enrollments/e-now',
      body: { id: 'e-now', cadenceId: 'c-team', userId: 'u-ada', status: 'stopped' },
    });
  });

  it('says so when no cadence matches the search', async () => {
    await renderPanel(contactDetection(7));
    const d = within(await openDialog());
    await userEvent.type(d.getByRole('searchbox', { name: 'Search cadences' }), 'zzz');
    expect(
      d.getByText('No cadence matches. Clear the search or pick another tag.'),
    ).toBeInTheDocument();
  });
});

describe('keyboard', () => {
  it('reaches the cadence flow with the keyboard and switches tabs with the arrow keys', async () => {
    await renderPanel(contactDetection(7));
    const add = await screen.findByRole('button', { name: 'Add to cadence' });
    add.focus();
    await userEvent.keyboard('{Enter}');
    const d = within(screen.getByRole('dialog', { name: 'Add to cadence' }));
    d.getByRole('tab', { name: 'Personal' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(d.getByRole('tab', { name: 'Team' })).toHaveAttribute('aria-selected', 'true');
    expect(d.getByRole('tab', { name: 'Team' })).toHaveFocus();
    expect(d.getAllByRole('radio')).toHaveLength(1);
    await userEvent.keyboard('{ArrowLeft}');
    expect(d.getByRole('tab', { name: 'Personal' })).toHaveFocus();
  });
});
