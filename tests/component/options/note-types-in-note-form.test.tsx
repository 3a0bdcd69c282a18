import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { NoteForm } from '@/components/shared/note-form';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import { deleteMeta, setMeta } from '@/tests/support/meta-rows';
import { workspaceRow } from '../../support/workspace-row';
import { renderSection } from './options-fixture';

beforeEach(async () => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  await getDb().workspace.put(workspaceRow({ id: 'w1', noteTypes: ['General', 'Call'] }));
});

const offered = () =>
  within(screen.getByRole('combobox', { name: 'Type' }))
    .getAllByRole('option')
    .map((o) => o.textContent);

describe('the note form offers the note types set on the options page', () => {
  it("uses the workspace's list until a local list is saved, and follows changes", async () => {
    renderSection(<NoteForm userId="u1" onDone={() => {}} />);
    await waitFor(() => expect(offered()).toEqual(['General', 'Call']));
    // An open form follows the change (keeping the type already selected).
    await setMeta(META.noteTypes, ['Call', 'Renewal']);
    await waitFor(() => expect(offered()).toContain('Renewal'));
  });

  it('offers exactly the local list to a form opened after it was saved', async () => {
    await setMeta(META.noteTypes, ['Call', 'Renewal']);
    renderSection(<NoteForm userId="u1" onDone={() => {}} />);
    await waitFor(() => expect(offered()).toEqual(['Call', 'Renewal']));
    await deleteMeta(META.noteTypes);
  });
});
