import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { listOutbox } from '@/lib/db/outbox';
import { contactDetection, freshDb, renderPanel, seedWorkspace } from '../side-panel/panel-fixture';

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
});

describe('user page header', () => {
  it('shows who the matched person is', async () => {
    await renderPanel(contactDetection(7));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
    const header = heading.closest('header') as HTMLElement;
    const h = within(header);
    expect(h.getByText('ada@northwind.example')).toHaveAttribute(
      'href',
      'mailto:ada@northwind.example',
    );
    expect(h.getByText('+44 20 7946 0018')).toBeInTheDocument();
    expect(h.getByText(/Head of Analytics/)).toBeInTheDocument();
    expect(await h.findByRole('button', { name: 'Northwind Traders' })).toBeInTheDocument();
    expect(h.getByText('· London')).toBeInTheDocument();
    expect(h.getByText('Jun 1, 2025')).toBeInTheDocument();
    expect(h.getByText('Enterprise')).toBeInTheDocument();
    const fields = h.getByLabelText('Custom fields');
    expect(within(fields).getByText('Plan').nextSibling).toHaveTextContent('Scale');
    expect(within(fields).getByText('Seats').nextSibling).toHaveTextContent('40');
    expect(within(fields).getByText('Beta tester').nextSibling).toHaveTextContent('Yes');
    expect(h.getByRole('link', { name: /Open the CRM record/ })).toHaveAttribute(
      'href',
      'https://app.hubspot.com/contacts/123/record/0-1/456',
    );
  });

  it('changes the role through the outbox and shows it is not yet synced', async () => {
    await renderPanel(contactDetection(7));
    const role = await screen.findByRole('combobox', { name: 'Role' });
    await waitFor(() => expect(role).toHaveValue('r-admin'));
    expect(screen.getByRole('combobox', { name: 'Persona' })).toHaveValue('p-champion');
    await userEvent.selectOptions(role, 'Viewer');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Role' })).toHaveValue('r-viewer'),
    );
    expect((await getDb().users.get('u-ada'))?.roleId).toBe('r-viewer');
    const items = await listOutbox();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'user.patch', body: { roleId: 'r-viewer' } });
    expect(await screen.findByText('Not yet synced')).toBeInTheDocument();
  });

  it('opens the account from the header and goes back', async () => {
    await renderPanel(contactDetection(7));
    await userEvent.click(await screen.findByRole('button', { name: 'Northwind Traders' }));
    expect(await screen.findByRole('article', { name: 'Account' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' }),
    ).toBeInTheDocument();
  });
});
