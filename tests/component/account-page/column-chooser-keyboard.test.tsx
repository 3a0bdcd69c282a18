import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb, renderAccountPanel, seedAccount, stubTableViewport } from './account-fixture';

stubTableViewport();

beforeEach(async () => {
  freshDb();
  await seedAccount();
});

describe('the Columns popover from the keyboard', () => {
  it('Escape inside it closes it and gives focus back to its button', async () => {
    await renderAccountPanel();
    const button = await screen.findByRole('button', { name: 'Columns' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    // One Tab: into the popover (the always-shown first column's checkbox is disabled).
    await userEvent.tab();
    const popover = screen.getByRole('group', { name: /Show columns/ });
    expect(popover).toContainElement(document.activeElement as HTMLElement);
    await userEvent.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(popover).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('Escape on its button closes it too', async () => {
    await renderAccountPanel();
    const button = await screen.findByRole('button', { name: 'Columns' });
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
