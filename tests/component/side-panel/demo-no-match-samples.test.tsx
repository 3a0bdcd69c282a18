import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { workspaceRow } from '../../support/workspace-row';
import { contactDetection, freshDb, renderPanel, seedWorkspace } from './panel-fixture';

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
  await getDb().workspace.clear();
  await getDb().workspace.put(workspaceRow({ id: 'demo', name: 'Demo workspace' }));
});

describe('a real CRM contact in demo mode', () => {
  it('offers the sample people right there, and one opens', async () => {
    await renderPanel(
      contactDetection(7, {
        person: { emails: ['maya@customer.example'], name: 'Maya Chen' },
        match: { suggestions: [] },
      }),
    );
    expect(await screen.findByText('Maya Chen is not in the demo workspace')).toBeInTheDocument();
    const samples = await screen.findByRole('region', { name: 'Try the demo' });
    await userEvent.click(await within(samples).findByRole('button', { name: 'Ada Lovelace' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' }),
    ).toBeInTheDocument();
  });
});
