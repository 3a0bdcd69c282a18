import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatDate } from '@/components/shared/format';
import {
  contactDetection,
  daysAgo,
  freshDb,
  renderPanel,
  seedWorkspace,
  TODAY,
} from '../side-panel/panel-fixture';

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
});

const metric = (label: RegExp) => {
  const dt = screen.getByText(label, { selector: 'dt' });
  return dt.nextElementSibling as HTMLElement;
};

describe('usage metrics', () => {
  it('shows last/first active, active days, time spent and touchpoint', async () => {
    await renderPanel(contactDetection(7));
    await screen.findByText('Last active', { selector: 'dt' });
    expect(metric(/^Last active$/)).toHaveTextContent(formatDate(TODAY));
    // 20 active days, all inside the 30-day window; 600 s each.
    expect(metric(/^Active days \(30 d\)$/)).toHaveTextContent('20');
    expect(metric(/^Active days \(30 d\)$/)).toHaveTextContent('20 all time');
    expect(metric(/^Time spent \(30 d\)$/)).toHaveTextContent('3 h 20 min');
    // "(30 d)" never splits into "(30" and "d)" in a narrow panel: a no-break space joins them.
    for (const dt of screen.getAllByText(/\(30 d\)$/, { selector: 'dt' }))
      expect(dt.textContent).toMatch(/\(30\u00a0d\)$/);
    expect(metric(/^First active$/)).toHaveTextContent(formatDate(daysAgo(19)));
    expect(metric(/^Last touchpoint$/)).toHaveTextContent('None yet');
  });
});

describe('charts (lazy chunk)', () => {
  it('draws the 60-day strip, top items and text equivalents', async () => {
    await renderPanel(contactDetection(7));
    expect(await screen.findByText(/Active on/, {}, { timeout: 10_000 })).toHaveTextContent(
      'Active on 20 of the last 60 days',
    );
    expect(
      screen.getByRole('img', { name: 'Active on 20 of the last 60 days' }),
    ).toBeInTheDocument();
    const features = screen.getByRole('list', { name: 'Top features' });
    const rows = within(features)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    // 14 days: Report builder 3,4,5 repeating (i = 0..13) = 55; Dashboards 2 × 14 = 28.
    expect(rows).toEqual(['Report builder55', 'Dashboards28']);
    const modules = within(screen.getByRole('list', { name: 'Top modules' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(modules).toEqual(['Analytics56', 'Admin14']);
    // Utilisation: one row per login day in the hidden table.
    const table = screen.getByRole('table', { name: /Logins per login day, last 90 days/ });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 20);
    expect(screen.getByText('20 login days in the last 90 days')).toBeInTheDocument();
  });

  it('changes the range and the timeline granularity', async () => {
    await renderPanel(contactDetection(7));
    const range = await screen.findByRole('combobox', { name: 'Chart range' }, { timeout: 10_000 });
    await userEvent.selectOptions(range, 'Last 30 days');
    expect(screen.getByRole('table', { name: /last 30 days/ })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Granularity' }), 'Weekly');
    const timeline = screen.getByRole('table', { name: /Activity per week, last 90 days/ });
    const weeks = within(timeline).getAllByRole('row').length - 1;
    expect(weeks).toBeGreaterThanOrEqual(3);
    expect(weeks).toBeLessThanOrEqual(4);
  });

  it('shows one "No activity yet" line instead of empty charts for someone who never used it', async () => {
    await renderPanel(
      contactDetection(7, {
        person: { emails: ['zoe@northwind.example'], name: 'Zoe Quinn', recordId: '789' },
        match: { userId: 'u-zoe', via: 'email', suggestions: [] },
      }),
    );
    expect(await screen.findByText('No activity yet', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Chart range' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Active on/)).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /Logins per login day/ })).not.toBeInTheDocument();
  });
});
