import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CsvImportForm } from '@/components/options/csv-import-form';
import { CSV_SAMPLE_EVENTS, CSV_SAMPLE_USERS } from '@/lib/sync/csv-samples';
import './options-fixture';

const file = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

const USERS = [
  'id,email,first_name,last_name,created_at',
  'u1,ada@example.com,Ada,Lovelace,2026-01-01T00:00:00Z',
  'u2,grace@example.com,Grace,Hopper,2026-01-01T00:00:00Z',
].join('\n');

function events(rows: string[]) {
  return ['user_id,ts,name', ...rows].join('\n');
}

describe('CSV import', () => {
  it('detects a Windows-1252 file, says which encoding it read, and keeps the accents (#12)', async () => {
    const onImport = vi.fn(async () => undefined);
    const user = userEvent.setup();
    render(<CsvImportForm onImport={onImport} />);
    const text = 'id,email,first_name,last_name\nu1,jose@x.example,José,Müller\n';
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    await user.upload(
      screen.getByLabelText('Users file (CSV)'),
      new File([bytes], 'users.csv', { type: 'text/csv' }),
    );
    expect(
      await screen.findByText(/Read the users file as Windows-1252\. If names look wrong/),
    ).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    const [data] = onImport.mock.calls[0] as unknown as [{ users: { firstName?: string }[] }];
    expect(data.users[0]?.firstName).toBe('José');
  });

  it('checks the sample pair and imports the checked data', async () => {
    const onImport = vi.fn(async () => undefined);
    const user = userEvent.setup();
    render(<CsvImportForm onImport={onImport} />);
    expect(screen.getByText('Choose a users file to check it.')).toBeInTheDocument();
    await user.upload(
      screen.getByLabelText('Users file (CSV)'),
      file('users.csv', CSV_SAMPLE_USERS),
    );
    await user.upload(
      screen.getByLabelText('Events file (CSV, optional)'),
      file('events.csv', CSV_SAMPLE_EVENTS),
    );
    expect(
      await screen.findByText(/Ready to import 6 users, 2 accounts, 10 events/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(onImport).toHaveBeenCalledTimes(1);
    const [data] = onImport.mock.calls[0] as unknown as [{ users: unknown[]; events: unknown[] }];
    expect(data.users).toHaveLength(6);
    expect(data.events).toHaveLength(10);
  });

  it('shows every problem with its line number, and offers no import', async () => {
    const onImport = vi.fn(async () => undefined);
    const user = userEvent.setup();
    render(<CsvImportForm onImport={onImport} />);
    await user.upload(screen.getByLabelText('Users file (CSV)'), file('users.csv', USERS));
    await user.upload(
      screen.getByLabelText('Events file (CSV, optional)'),
      file(
        'events.csv',
        events([
          'u1,2026-11-02T09:00:00Z,login',
          'u1,2026-11-02T09:01:00Z,login',
          'u2,2026-11-02T09:02:00Z,login',
          'u2,2026-11-02T09:03:00Z,login',
          'u9,2026-11-02T09:04:00Z,login',
          'u1,yesterday,login',
        ]),
      ),
    );
    const list = await screen.findByRole('list', { name: 'Problems in the CSV files' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^Events file, Line 6: .*u9/);
    expect(items[1]).toMatch(/^Events file, Line 7: ts "yesterday" is not a date-time/);
    expect(screen.getByText(/Nothing was imported: the files have 2 problems/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('reports a header problem in the users file', async () => {
    const user = userEvent.setup();
    render(<CsvImportForm onImport={vi.fn()} />);
    await user.upload(
      screen.getByLabelText('Users file (CSV)'),
      file('users.csv', 'id,mail\nu1,a@example.com'),
    );
    const list = await screen.findByRole('list', { name: 'Problems in the CSV files' });
    expect(within(list).getAllByRole('listitem')[0]?.textContent).toMatch(
      /^Users file, Line 1: unknown column "mail"/,
    );
  });

  it('shows an import failure in words', async () => {
    const user = userEvent.setup();
    render(<CsvImportForm onImport={async () => 'The extension did not answer.'} />);
    await user.upload(screen.getByLabelText('Users file (CSV)'), file('users.csv', USERS));
    await user.click(await screen.findByRole('button', { name: 'Import' }));
    expect(await screen.findByText('The extension did not answer.')).toBeInTheDocument();
  });
});
