import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { NoteTypesSection } from '@/components/options/note-types-section';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import { getMeta } from '@/tests/support/meta-rows';
import { workspaceRow } from '../../support/workspace-row';
import { renderSection } from './options-fixture';

beforeEach(async () => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  await getDb().workspace.put(workspaceRow({ id: 'w1', noteTypes: ['General', 'Call'] }));
});

const chips = async () =>
  within(await screen.findByRole('list', { name: 'Note types' }))
    .getAllByRole('listitem')
    .map((li) => li.firstChild?.textContent);

describe('note types', () => {
  it("shows the workspace's list, adds and removes locally, and resets", async () => {
    const user = userEvent.setup();
    renderSection(<NoteTypesSection />);
    await waitFor(async () => expect(await chips()).toEqual(['General', 'Call']));
    expect(screen.queryByText('Overridden')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('New note type'), 'Renewal');
    await user.click(screen.getByRole('button', { name: 'Add note type' }));
    await waitFor(async () => expect(await chips()).toEqual(['General', 'Call', 'Renewal']));
    expect(screen.getByText('Overridden')).toBeInTheDocument();
    expect(await getMeta(META.noteTypes)).toEqual(['General', 'Call', 'Renewal']);

    await user.click(screen.getByRole('button', { name: 'Remove Call' }));
    await waitFor(async () => expect(await chips()).toEqual(['General', 'Renewal']));

    await user.click(screen.getByRole('button', { name: 'Reset note types' }));
    await waitFor(async () => expect(await chips()).toEqual(['General', 'Call']));
    expect(await getMeta(META.noteTypes)).toBeUndefined();
  });

  it('refuses an empty or duplicate type', async () => {
    const user = userEvent.setup();
    renderSection(<NoteTypesSection />);
    await screen.findByText('General');
    const field = screen.getByLabelText('New note type');
    await user.type(field, 'call');
    expect(screen.getByText('There is already a note type named “call”')).toBeInTheDocument();
    await user.clear(field);
    expect(screen.getByText('Enter a name for the note type')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add note type' }));
    expect(await getMeta(META.noteTypes)).toBeUndefined();
  });
});
