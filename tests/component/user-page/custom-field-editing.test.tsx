import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { listOutbox } from '@/lib/db/outbox';
import { contactDetection, freshDb, renderPanel, seedWorkspace } from '../side-panel/panel-fixture';

// Ada's fields: Plan "Scale" (text), Seats 40 (number), Beta tester true (yes/no).

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
});

async function fields() {
  await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
  return screen.getByLabelText('Custom fields');
}

async function edit(name: string) {
  await userEvent.click(within(await fields()).getByRole('button', { name: `Edit ${name}` }));
  return screen.getByRole('form', { name: `Edit ${name}` });
}

const storedFields = async () => (await getDb().users.get('u-ada'))?.customFields;

describe('editing custom fields and the segment', () => {
  it('text: saved locally, queued as a PATCH with the whole map, marked not yet synced', async () => {
    await renderPanel(contactDetection(7));
    const form = await edit('Plan');
    const value = within(form).getByRole('textbox', { name: 'Value of Plan' });
    expect(value).toHaveValue('Scale');
    await userEvent.clear(value);
    await userEvent.type(value, 'Enterprise plus');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await storedFields())?.Plan).toBe('Enterprise plus'));
    const items = await listOutbox();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      kind: 'user.patch',
      method: 'PATCH',
      path: '/v1/users/u-ada',
      body: { customFields: { Plan: 'Enterprise plus', Seats: 40, 'Beta tester': true } },
    });
    const shown = within(await fields()).getByText('Plan').nextSibling as HTMLElement;
    await waitFor(() => expect(shown).toHaveTextContent('Enterprise plus'));
    expect(await screen.findByText('Not yet synced')).toBeInTheDocument();
  });

  it('number: stored as a number; text in a number is refused with a message and kept', async () => {
    await renderPanel(contactDetection(7));
    const form = await edit('Seats');
    expect(within(form).getByRole('combobox', { name: 'Type of Seats' })).toHaveValue('number');
    const value = within(form).getByRole('textbox', { name: 'Value of Seats' });
    await userEvent.clear(value);
    await userEvent.type(value, '12 seats');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      '“12 seats” is not a number. Enter digits, e.g. 42 or 3.5.',
    );
    expect(value).toHaveValue('12 seats');
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(await listOutbox()).toHaveLength(0);
    expect((await storedFields())?.Seats).toBe(40);

    await userEvent.clear(value);
    await userEvent.type(value, '55.5');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await storedFields())?.Seats).toBe(55.5));
    expect((await listOutbox())[0]?.body).toMatchObject({ customFields: { Seats: 55.5 } });
  });

  it('yes/no: a boolean, shown as Yes or No', async () => {
    await renderPanel(contactDetection(7));
    const form = await edit('Beta tester');
    await userEvent.selectOptions(
      within(form).getByRole('combobox', { name: 'Value of Beta tester' }),
      'No',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await storedFields())?.['Beta tester']).toBe(false));
    const shown = within(await fields()).getByText('Beta tester').nextSibling as HTMLElement;
    await waitFor(() => expect(shown).toHaveTextContent('No'));
  });

  it('changing the type: a text field becomes a number, a field becomes empty (null)', async () => {
    await renderPanel(contactDetection(7));
    let form = await edit('Plan');
    await userEvent.selectOptions(
      within(form).getByRole('combobox', { name: 'Type of Plan' }),
      'Number',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    // "Scale" is not a number: nothing saved.
    expect(await within(form).findByRole('alert')).toHaveTextContent('is not a number');
    await userEvent.click(within(form).getByRole('button', { name: 'Cancel' }));

    form = await edit('Plan');
    await userEvent.selectOptions(
      within(form).getByRole('combobox', { name: 'Type of Plan' }),
      'Empty',
    );
    expect(within(form).queryByRole('textbox')).toBeNull();
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await storedFields())?.Plan).toBeNull());
    const shown = within(await fields()).getByText('Plan').nextSibling as HTMLElement;
    await waitFor(() => expect(shown).toHaveTextContent('Set a value'));
    expect(
      within(await fields()).getByRole('button', { name: 'Set a value for Plan' }),
    ).toBeInTheDocument();
    const body = (await listOutbox())[0]?.body as { customFields: Record<string, unknown> };
    expect(body.customFields).toEqual({ Plan: null, Seats: 40, 'Beta tester': true });
  });

  it('segment: edited as text, cleared when emptied; the PATCH carries segment', async () => {
    await renderPanel(contactDetection(7));
    await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
    await userEvent.click(screen.getByRole('button', { name: 'Edit Segment' }));
    const form = screen.getByRole('form', { name: 'Edit Segment' });
    const value = within(form).getByRole('textbox', { name: 'Value of Segment' });
    await userEvent.clear(value);
    await userEvent.type(value, 'Mid-market');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await getDb().users.get('u-ada'))?.segment).toBe('Mid-market'),
    );
    expect((await listOutbox())[0]?.body).toEqual({ segment: 'Mid-market' });
    expect(await screen.findByText('Mid-market')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Edit Segment' }));
    const again = screen.getByRole('form', { name: 'Edit Segment' });
    await userEvent.clear(within(again).getByRole('textbox', { name: 'Value of Segment' }));
    await userEvent.click(within(again).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect((await getDb().users.get('u-ada'))?.segment).toBeUndefined());
    expect((await listOutbox())[1]?.body).toEqual({ segment: null });
  });

  it('a refused edit shows the server message with Retry and Discard (Discard restores)', async () => {
    await renderPanel(contactDetection(7));
    const form = await edit('Plan');
    const value = within(form).getByRole('textbox', { name: 'Value of Plan' });
    await userEvent.clear(value);
    await userEvent.type(value, 'Starter');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await listOutbox()).toHaveLength(1));
    const [item] = await listOutbox();
    await getDb().outbox.update(item?.seq as number, {
      status: 'failed',
      lastError: 'Plan must be one of Scale, Growth.',
    });
    expect(
      await screen.findByText('Sync failed: Plan must be one of Scale, Growth.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
    await waitFor(async () => expect((await storedFields())?.Plan).toBe('Scale'));
    expect(await listOutbox()).toHaveLength(0);
  });
});
