import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelApp } from '@/components/side-panel/side-panel-app';
import { ACCOUNT_ID, accountDetection, freshDb, seedAccount } from './account-fixture';

beforeEach(async () => {
  freshDb();
  await seedAccount();
});

describe('an unmatched company page', () => {
  it('offers accounts of the same name as possible matches, and opens one on request', async () => {
    const detection = accountDetection(9, {
      url: 'https://app.hubspot.com/contacts/123/record/0-2/7777',
      account: { name: 'Northwind Traders', recordId: '7777' },
      accountMatch: { suggestions: [ACCOUNT_ID] },
    });
    await fakeBrowser.storage.session.set({ 'tab:9': detection });
    render(<SidePanelApp search="?tabId=9" />);
    expect(await screen.findByText('No account matches Northwind Traders')).toBeInTheDocument();
    const card = await screen.findByRole('region', { name: 'Possible account matches' });
    await userEvent.click(within(card).getByRole('button', { name: /Northwind Traders/ }));
    expect(
      await screen.findByRole('heading', { name: 'Northwind Traders', level: 1 }),
    ).toBeInTheDocument();
    expect(await screen.findByText('6 users')).toBeInTheDocument();
  });

  it('shows no suggestions when none share the name', async () => {
    await fakeBrowser.storage.session.set({
      'tab:9': accountDetection(9, {
        account: { name: 'Unknown Co' },
        accountMatch: { suggestions: [] },
      }),
    });
    render(<SidePanelApp search="?tabId=9" />);
    expect(await screen.findByText('No account matches Unknown Co')).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Possible account matches' }),
    ).not.toBeInTheDocument();
  });
});
