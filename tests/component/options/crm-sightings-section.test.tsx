import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CrmSightingsSection } from '@/components/options/crm-sightings-section';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { definitionsChanged } from '@/lib/options/background-commands';
import { renderSection } from './options-fixture';

vi.mock('@/lib/options/background-commands', () => ({
  definitionsChanged: vi.fn(async () => ({ ok: true, value: undefined })),
}));

beforeEach(async () => {
  vi.mocked(definitionsChanged).mockClear();
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  const db = getDb();
  await db.crmSightings.bulkPut([
    { userId: 'u-ada', crm: 'hubspot', recordId: '501', seenAt: '2026-11-20T10:00:00Z' },
    { userId: 'u-grace', crm: 'salesforce', recordId: '003X', seenAt: '2026-11-21T10:00:00Z' },
  ]);
});

describe('Settings → Seen in your CRM', () => {
  it('lists where and when each person was seen, and forgets one or all', async () => {
    renderSection(<CrmSightingsSection />);
    const list = await screen.findByRole('list', { name: 'CRM sightings' });
    const rows = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(rows[0]).toMatch(/^u-grace — Salesforce record 003X, /);
    expect(rows[1]).toMatch(/^u-ada — HubSpot record 501, /);

    await userEvent.click(screen.getByRole('button', { name: 'Forget u-ada' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Forgotten. User types are updated.',
    );
    expect(await getDb().crmSightings.toArray()).toEqual([
      expect.objectContaining({ userId: 'u-grace' }),
    ]);
    expect(definitionsChanged).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByRole('button', { name: 'Forget all' }));
    expect(await screen.findByText('Nobody yet.')).toBeInTheDocument();
    expect(await getDb().crmSightings.count()).toBe(0);
  });
});
