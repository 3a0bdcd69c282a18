import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CsvImportForm } from '@/components/options/csv-import-form';
import './options-fixture';

// The check of a users file alone can finish after the check of the pair chosen next (each
// runs in its own Web Worker; under load either may start first). Here the users-only check is
// held until the pair's check has shown its result.
const heldUsersOnly = vi.hoisted(() => ({ release: () => {} }));
vi.mock('@/lib/options/check-csv-files', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/options/check-csv-files')>();
  return {
    checkCsvFiles: async (users: File, events?: File) => {
      const outcome = await real.checkCsvFiles(users, events);
      if (!events) await new Promise<void>((resolve) => (heldUsersOnly.release = resolve));
      return outcome;
    },
  };
});

const file = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

describe('CSV import, checks finishing out of order', () => {
  it('shows the check of the files chosen last, even when an earlier check finishes after it', async () => {
    const user = userEvent.setup();
    render(<CsvImportForm onImport={vi.fn()} />);
    await user.upload(
      screen.getByLabelText('Users file (CSV)'),
      file('users.csv', 'id,email,created_at\nu1,ada@example.com,2026-01-01T00:00:00Z'),
    );
    await user.upload(
      screen.getByLabelText('Events file (CSV, optional)'),
      file('events.csv', 'user_id,ts,name\nu1,yesterday,login'),
    );
    const list = await screen.findByRole('list', { name: 'Problems in the CSV files' });
    heldUsersOnly.release();
    // Let the stale users-only outcome ("ready to import") land, if it were allowed to.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(within(list).getAllByRole('listitem')[0]?.textContent).toMatch(/Line 2: .*yesterday/);
    expect(screen.getByRole('list', { name: 'Problems in the CSV files' })).toBe(list);
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    expect(screen.queryByText('Checking the files…')).not.toBeInTheDocument();
  });
});
