import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { usePanelStore } from '@/lib/panel/panel-store';
import { showTabRecordInPanel } from '@/lib/platform/panel-request';
import { contactDetection, freshDb, renderPanel, seedWorkspace } from './panel-fixture';

// Firefox: a badge click while the sidebar is open (it may show Home or another page) brings
// the sidebar's panel back to the person of the tab's record.

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
});

describe('a badge click asking an open panel for the tab record', () => {
  it('leaves Home for the person of the record', async () => {
    await renderPanel(contactDetection(7));
    await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
    await userEvent.click(screen.getByRole('button', { name: /Home/ }));
    await screen.findByRole('button', { name: /Back/ });
    expect(usePanelStore.getState().opened).toEqual([{ kind: 'home' }]);

    // A request for another tab is not this panel's.
    await act(() => showTabRecordInPanel(9));
    expect(usePanelStore.getState().opened).toEqual([{ kind: 'home' }]);

    await act(() => showTabRecordInPanel(7));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' }),
    ).toBeInTheDocument();
    expect(usePanelStore.getState().opened).toEqual([]);
  });
});
