import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { contactDetection, freshDb, renderPanel, seedWorkspace } from '../side-panel/panel-fixture';

// Keyboard focus through Add to cadence: it opens on the search box (not on ×), Next lands on
// the confirming "Add to cadence", Back returns to "Next"; focus never falls to the page.

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
});

describe('Add to cadence, focus at each step', () => {
  it('search box first, then the confirm button, then Next again after Back', async () => {
    await renderPanel(contactDetection(7));
    const add = await screen.findByRole('button', { name: 'Add to cadence' });
    add.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Add to cadence' });
    const d = within(dialog);
    expect(d.getByRole('searchbox', { name: 'Search cadences' })).toHaveFocus();
    await userEvent.keyboard('onboarding');
    await userEvent.click(d.getByRole('radio', { name: /Onboarding follow-up/ }));
    d.getByRole('button', { name: 'Next' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(d.getByRole('button', { name: 'Add to cadence' })).toHaveFocus();
    // One Tab from there: Back (the only other control of the step besides ×).
    await userEvent.tab();
    expect(d.getByRole('button', { name: 'Back' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(d.getByRole('button', { name: 'Next' })).toHaveFocus();
    expect(document.activeElement).not.toBe(document.body);
  });
});
