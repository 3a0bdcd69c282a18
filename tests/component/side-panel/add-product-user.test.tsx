import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { listOutbox } from '@/lib/db/outbox';
import { toStoredUser } from '@/lib/db/stored-keys';
import { contactDetection, freshDb, renderPanel, seedWorkspace } from './panel-fixture';

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
});

/** Charles is a HubSpot contact at Northwind nobody in the product matches. */
const charles = () =>
  contactDetection(7, {
    person: {
      emails: ['charles@northwind.example'],
      name: 'Charles Babbage',
      title: 'Inventor',
      phone: '+44 20 7946 0999',
      company: 'Northwind Traders',
      recordId: '999',
    },
    match: { suggestions: [] },
  });

async function openForm() {
  await renderPanel(charles());
  await screen.findByText('No product user matches charles@northwind.example');
  await userEvent.click(screen.getByRole('button', { name: 'Add as product user' }));
  return screen.getByRole('form', { name: 'Add as product user' });
}

describe('adding a product user from the no-match state', () => {
  it('is prefilled from the CRM page, goes through the outbox, and shows as a Zombie', async () => {
    const form = await openForm();
    const f = within(form);
    expect(f.getByLabelText('First name')).toHaveValue('Charles');
    expect(f.getByLabelText('Last name')).toHaveValue('Babbage');
    expect(f.getByLabelText('Email')).toHaveValue('charles@northwind.example');
    expect(f.getByLabelText('Title')).toHaveValue('Inventor');
    expect(f.getByLabelText('Phone')).toHaveValue('+44 20 7946 0999');
    // The company on the CRM page is matched to the account.
    await waitFor(() => expect(f.getByLabelText('Account')).toHaveValue('acc-1'));
    await userEvent.click(f.getByRole('button', { name: 'Add user' }));

    // The new user also matches the CRM contact at once: the page may be drawn twice (matched,
    // then opened); the header is read once the page has settled.
    const headerNow = () =>
      screen
        .getByRole('heading', { level: 1, name: 'Charles Babbage' })
        .closest('header') as HTMLElement;
    await waitFor(() => expect(headerNow()).toBeInTheDocument());
    expect(
      await within(headerNow()).findByRole('button', { name: 'Northwind Traders' }),
    ).toBeInTheDocument();
    const badges = await screen.findByRole('list', { name: 'User type' });
    await waitFor(() => expect(badges).toHaveTextContent('Zombie'));
    await waitFor(() =>
      expect(within(headerNow()).getByText('Not yet synced')).toBeInTheDocument(),
    );

    const items = await listOutbox();
    expect(items).toHaveLength(1);
    const item = items[0];
    expect(item).toMatchObject({ kind: 'user.put', method: 'PUT', status: 'pending' });
    const body = item?.body as Record<string, unknown>;
    expect(item?.path).toBe(`/v1/users/${body.id}`);
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body).toMatchObject({
      email: 'charles@northwind.example',
      firstName: 'Charles',
      lastName: 'Babbage',
      title: 'Inventor',
      phone: '+44 20 7946 0999',
      accountId: 'acc-1',
      crmContact: true,
      crmIds: { hubspot: '999' },
    });
    expect(await getDb().users.get(body.id as string)).toMatchObject({
      emailKey: 'charles@northwind.example',
    });
  });

  it('refuses an address that is not an email, and adds nothing', async () => {
    const form = await openForm();
    const email = within(form).getByLabelText('Email');
    await userEvent.clear(email);
    await userEvent.type(email, 'charles at northwind');
    await userEvent.click(within(form).getByRole('button', { name: 'Add user' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Enter the email the person signs in with',
    );
    expect(await listOutbox()).toHaveLength(0);
    expect(await getDb().users.where('emailKey').equals('charles@northwind.example').count()).toBe(
      0,
    );
  });

  it('an email that already belongs to a user opens that user, as the server would: no second person', async () => {
    const form = await openForm();
    const email = within(form).getByLabelText('Email');
    await userEvent.clear(email);
    await userEvent.type(email, ' ADA@northwind.example');
    const before = await getDb().users.count();
    await userEvent.click(within(form).getByRole('button', { name: 'Add user' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' }),
    ).toBeInTheDocument();
    expect(await getDb().users.count()).toBe(before);
    expect(await listOutbox()).toHaveLength(0);
  });

  it('on a 409 explains and opens the existing user, dropping the local copy', async () => {
    const form = await openForm();
    await userEvent.click(within(form).getByRole('button', { name: 'Add user' }));
    await screen.findByRole('heading', { level: 1, name: 'Charles Babbage' });
    const [item] = await listOutbox();
    const newId = item?.entityId as string;
    // The server refused it (as push-outbox records a 409), and its user has since synced.
    await getDb().outbox.update(item?.seq as number, {
      status: 'failed',
      lastError: 'The email charles@northwind.example already belongs to Charles B. (user u-cb).',
    });
    await getDb().users.put(
      toStoredUser({
        id: 'u-cb',
        email: 'Charles@Northwind.example',
        firstName: 'Charles',
        lastName: 'B.',
        segment: 'Mid-market',
        createdAt: '2024-02-02T00:00:00Z',
      }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('already belongs to Charles B. (user u-cb)');
    await userEvent.click(within(alert).getByRole('button', { name: 'Open the existing user' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Charles B.' }),
    ).toBeInTheDocument();
    await waitFor(async () => expect(await getDb().users.get(newId)).toBeUndefined());
    expect(await listOutbox()).toHaveLength(0);
  });
});
