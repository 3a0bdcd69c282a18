import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CustomFieldsList } from '@/components/user-page/custom-fields-list';

// Copy: an unset field is not "NPS Empty Edit", and the editor's controls are named by the
// label the page shows, not by the raw key.

describe('custom fields, in words', () => {
  it('an unset field offers "Set a value", named by its label', () => {
    render(
      <CustomFieldsList
        fields={{ nps_score: null }}
        labels={{ nps_score: 'NPS' }}
        onSave={vi.fn(async () => {})}
      />,
    );
    const list = screen.getByRole('definition');
    expect(list).toHaveTextContent(/^Set a value$/);
    expect(screen.getByRole('button', { name: 'Set a value for NPS' })).toBeInTheDocument();
  });

  it('the editor’s form and controls carry the shown label, not the key', async () => {
    render(
      <CustomFieldsList
        fields={{ plan: 'Scale' }}
        labels={{ plan: 'Plan tier' }}
        onSave={vi.fn(async () => {})}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Edit Plan tier' }));
    const form = screen.getByRole('form', { name: 'Edit Plan tier' });
    expect(within(form).getByRole('combobox', { name: 'Type of Plan tier' })).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Value of Plan tier' })).toBeInTheDocument();
  });
});
