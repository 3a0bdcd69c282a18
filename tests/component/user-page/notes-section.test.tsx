import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { listOutbox } from '@/lib/db/outbox';
import { setMeta } from '@/tests/support/meta-rows';
import { contactDetection, freshDb, renderPanel, seedWorkspace } from '../side-panel/panel-fixture';

/** 10 AM on Jan 10 in this machine's timezone: the note shows "Jan 10, 2026" in any of them. */
const JAN_10_LOCAL = new Date(2026, 0, 10, 10, 0).toISOString();

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
  await setMeta('whoami', { user: { name: 'Rita Rep', email: 'rita@vendor.example' } });
  await getDb().notes.bulkPut([
    {
      id: 'n-old',
      userId: 'u-ada',
      title: 'Kick-off',
      body: 'Met the team.\nThey want SSO.',
      type: 'Meeting',
      author: 'Sam Other',
      createdAt: JAN_10_LOCAL,
      updatedAt: JAN_10_LOCAL,
    },
    {
      id: 'n-new',
      userId: 'u-ada',
      title: 'Renewal call',
      body: 'Happy with reports',
      type: 'Call',
      author: 'Rita Rep',
      createdAt: '2026-02-10T10:00:00Z',
      updatedAt: '2026-02-10T10:00:00Z',
    },
  ]);
});

const noteTitles = () =>
  within(screen.getByRole('list', { name: 'Notes' }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('notes', () => {
  it('lists notes newest first with type, author, time and the body as plain text', async () => {
    await renderPanel(contactDetection(7));
    await screen.findByRole('list', { name: 'Notes' });
    expect(noteTitles()).toEqual(['Renewal call', 'Kick-off']);
    const old = screen.getByRole('article', { name: 'Kick-off' });
    expect(within(old).getByText('Meeting')).toBeInTheDocument();
    expect(within(old).getByText(/Sam Other/)).toBeInTheDocument();
    expect(within(old).getByText(/Jan 10, 2026/)).toBeInTheDocument();
    // Line breaks are kept (white-space: pre-wrap on the text).
    expect(within(old).getByText(/Met the team/).textContent).toBe('Met the team.\nThey want SSO.');
    // Only one's own notes can be edited.
    expect(within(old).queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
    const mine = screen.getByRole('article', { name: 'Renewal call' });
    expect(within(mine).getByRole('button', { name: 'Edit' })).toBeInTheDocument();
  });

  it('writes a note that shows at once, marked until synced, and queued once', async () => {
    await renderPanel(contactDetection(7));
    await userEvent.click(await screen.findByRole('button', { name: 'New note' }));
    const type = screen.getByRole('combobox', { name: 'Type' });
    // The workspace's note types load asynchronously after the form opens.
    await waitFor(() =>
      expect(
        within(type)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['General', 'Call', 'QBR']),
    );
    await userEvent.type(screen.getByLabelText('Title'), 'QBR booked');
    await userEvent.type(screen.getByLabelText('Note'), 'Line one{Enter}Line two');
    await userEvent.selectOptions(type, 'QBR');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const note = await screen.findByRole('article', { name: 'QBR booked' });
    expect(noteTitles()[0]).toBe('QBR booked');
    expect(within(note).getByText('Not yet synced')).toBeInTheDocument();
    expect(within(note).getByText(/Rita Rep/)).toBeInTheDocument();
    expect(within(note).getByText(/Line one/).textContent).toBe('Line one\nLine two');
    const outbox = await listOutbox();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      kind: 'note.put',
      body: { title: 'QBR booked', type: 'QBR', userId: 'u-ada' },
    });
    // The push succeeded: the mark goes away without a reload.
    await getDb().outbox.clear();
    await waitFor(() => expect(within(note).queryByText('Not yet synced')).not.toBeInTheDocument());
  });

  it('refuses an empty note with a clear message', async () => {
    await renderPanel(contactDetection(7));
    await userEvent.click(await screen.findByRole('button', { name: 'New note' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Write a title or some text before saving.',
    );
    expect(await listOutbox()).toHaveLength(0);
  });

  it('edits and deletes own notes', async () => {
    await renderPanel(contactDetection(7));
    const mine = await screen.findByRole('article', { name: 'Renewal call' });
    await userEvent.click(within(mine).getByRole('button', { name: 'Edit' }));
    const title = screen.getByLabelText('Title');
    await userEvent.clear(title);
    await userEvent.type(title, 'Renewal call (signed)');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const edited = await screen.findByRole('article', { name: 'Renewal call (signed)' });
    expect(within(edited).getByText(/edited/)).toBeInTheDocument();
    expect((await getDb().notes.get('n-new'))?.createdAt).toBe('2026-02-10T10:00:00Z');
    await userEvent.click(within(edited).getByRole('button', { name: 'Delete' }));
    await userEvent.click(within(edited).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(noteTitles()).toEqual(['Kick-off']));
    expect((await listOutbox()).map((i) => i.kind)).toEqual(['note.put', 'note.delete']);
  });

  it('keeps the account of a note when it is edited from the user page', async () => {
    await getDb().notes.update('n-new', { accountId: 'acc-1' });
    await renderPanel(contactDetection(7));
    const mine = await screen.findByRole('article', { name: 'Renewal call' });
    await userEvent.click(within(mine).getByRole('button', { name: 'Edit' }));
    await userEvent.type(screen.getByLabelText('Note'), ' and exports');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(await getDb().notes.get('n-new')).toMatchObject({
        userId: 'u-ada',
        accountId: 'acc-1',
        body: 'Happy with reports and exports',
      }),
    );
    expect((await listOutbox())[0]).toMatchObject({ body: { accountId: 'acc-1' } });
  });

  it('shows a refused push with the server message, and retries or discards it', async () => {
    await getDb().outbox.add({
      kind: 'note.put',
      entityId: 'n-new',
      method: 'PUT',
      path: '/v1/notes/n-new',
      body: {},
      status: 'failed',
      attempts: 1,
      createdAt: '2026-02-10T10:00:00Z',
      lastError: 'Note type "Foo" does not exist',
    });
    await renderPanel(contactDetection(7));
    const mine = await screen.findByRole('article', { name: 'Renewal call' });
    expect(
      await within(mine).findByText('Sync failed: Note type "Foo" does not exist'),
    ).toBeInTheDocument();
    await userEvent.click(within(mine).getByRole('button', { name: 'Retry' }));
    expect(await within(mine).findByText('Not yet synced')).toBeInTheDocument();
    expect((await listOutbox())[0]?.status).toBe('pending');
    await getDb().outbox.toCollection().modify({ status: 'failed', lastError: 'Nope' });
    await userEvent.click(await within(mine).findByRole('button', { name: 'Discard' }));
    await waitFor(() =>
      expect(within(mine).queryByText(/Sync failed|Not yet synced/)).not.toBeInTheDocument(),
    );
    expect(await listOutbox()).toHaveLength(0);
  });

  it('says what to do when there are no notes', async () => {
    await getDb().notes.clear();
    await renderPanel(contactDetection(7));
    expect(await screen.findByText('No notes yet')).toBeInTheDocument();
  });
});
