import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { TaxonomySection } from '@/components/options/taxonomy-section';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { renderSection } from './options-fixture';

beforeEach(async () => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  const db = getDb();
  await db.roles.bulkPut([
    { id: 'r-admin', name: 'Admin', description: 'Runs the workspace' },
    { id: 'r-viewer', name: 'Viewer' },
  ]);
  await db.users.put({
    id: 'u1',
    createdAt: '2026-01-01T00:00:00Z',
    roleId: 'r-admin',
    crmKeys: [],
    searchKeys: [],
  });
});

describe('roles', () => {
  it('lists roles with how many users hold each', async () => {
    renderSection(<TaxonomySection what="role" />);
    const list = await screen.findByRole('list', { name: 'Roles' });
    expect(within(list).getByText('Admin')).toBeInTheDocument();
    expect(within(list).getByText('Runs the workspace')).toBeInTheDocument();
    expect(within(list).getByText('Held by 1 user')).toBeInTheDocument();
    expect(within(list).getByText('Held by 0 users')).toBeInTheDocument();
  });

  it('refuses an empty or duplicate name as the user types and saves nothing', async () => {
    const user = userEvent.setup();
    renderSection(<TaxonomySection what="role" />);
    await screen.findByText('Admin');
    const name = screen.getByLabelText('Role name');
    await user.type(name, 'admin');
    expect(screen.getByText('There is already a role named “admin”')).toBeInTheDocument();
    await user.clear(name);
    expect(screen.getByText('Enter a name for the role')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add role' }));
    expect(await getDb().roles.count()).toBe(2);
    expect(await getDb().outbox.count()).toBe(0);
  });

  it('refuses a description over 500 characters', async () => {
    const user = userEvent.setup();
    renderSection(<TaxonomySection what="role" />);
    await screen.findByText('Admin');
    await user.type(screen.getByLabelText('Role name'), 'Champion');
    await user.click(screen.getByLabelText('Description'));
    await user.paste('x'.repeat(501));
    expect(screen.getByText('Use at most 500 characters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add role' }));
    expect(await getDb().roles.count()).toBe(2);
    expect(await getDb().outbox.count()).toBe(0);
  });

  it('adds a role through the outbox', async () => {
    const user = userEvent.setup();
    renderSection(<TaxonomySection what="role" />);
    await screen.findByText('Admin');
    await user.type(screen.getByLabelText('Role name'), 'Champion');
    await user.type(screen.getByLabelText('Description'), 'Speaks for us');
    await user.click(screen.getByRole('button', { name: 'Add role' }));
    const row = (await screen.findByText('Champion')).closest('li');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('Not yet synced')).toBeInTheDocument();
    const [item] = await getDb().outbox.toArray();
    expect(item?.kind).toBe('role.put');
    expect(item?.body).toMatchObject({ name: 'Champion', description: 'Speaks for us' });
  });

  it('edits a role in place', async () => {
    const user = userEvent.setup();
    renderSection(<TaxonomySection what="role" />);
    await user.click(await screen.findByRole('button', { name: 'Edit Viewer' }));
    const name = screen.getByDisplayValue('Viewer');
    await user.clear(name);
    await user.type(name, 'Admin');
    expect(screen.getByText('There is already a role named “Admin”')).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'Reader');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Reader');
    expect((await getDb().roles.get('r-viewer'))?.name).toBe('Reader');
  });

  it('deletes a role nobody holds after a confirmation', async () => {
    const user = userEvent.setup();
    renderSection(<TaxonomySection what="role" />);
    await user.click(await screen.findByRole('button', { name: 'Delete Viewer' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await getDb().roles.get('r-viewer')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Delete Viewer' }));
    await user.click(screen.getByRole('button', { name: 'Delete role' }));
    await waitFor(() => expect(screen.queryByText('Viewer')).not.toBeInTheDocument());
    expect(await getDb().roles.get('r-viewer')).toBeUndefined();
    expect((await getDb().outbox.toArray()).map((o) => o.kind)).toEqual(['role.delete']);
  });

  it('moves the users of a held role to another one before deleting it', async () => {
    const user = userEvent.setup();
    renderSection(<TaxonomySection what="role" />);
    await user.click(await screen.findByRole('button', { name: 'Delete Admin' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete the role “Admin”?' });
    await user.selectOptions(
      within(dialog).getByLabelText('1 user holds it. Move them to'),
      'Viewer',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Move 1 user and delete' }));
    await waitFor(async () => expect(await getDb().roles.get('r-admin')).toBeUndefined());
    expect((await getDb().users.get('u1'))?.roleId).toBe('r-viewer');
    const outbox = await getDb().outbox.toArray();
    expect(outbox.map((o) => [o.kind, o.body])).toEqual([
      ['user.patch', { roleId: 'r-viewer' }],
      ['role.delete', undefined],
    ]);
    expect(await screen.findByText('Held by 1 user')).toBeInTheDocument();
  });

  it('can leave the users of a deleted role with no role', async () => {
    const user = userEvent.setup();
    renderSection(<TaxonomySection what="role" />);
    await user.click(await screen.findByRole('button', { name: 'Delete Admin' }));
    await user.click(screen.getByRole('button', { name: 'Move 1 user and delete' }));
    await waitFor(async () => expect(await getDb().roles.get('r-admin')).toBeUndefined());
    expect((await getDb().users.get('u1'))?.roleId).toBeUndefined();
  });
});

describe('personas', () => {
  it('adds a persona with its own labels', async () => {
    const user = userEvent.setup();
    renderSection(<TaxonomySection what="persona" />);
    expect(await screen.findByText('No personas yet.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Persona name'), ' ');
    expect(screen.getByText('Enter a name for the persona')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Persona name'), 'Economic buyer');
    await user.click(screen.getByRole('button', { name: 'Add persona' }));
    await screen.findByText('Economic buyer');
    expect((await getDb().personas.toArray()).map((p) => p.name)).toEqual(['Economic buyer']);
  });
});
