import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contactDetection, freshDb, renderPanel, seedWorkspace } from './panel-fixture';

// What the panel says about a page the extension could not read with a known layout.

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
});

describe('detection states in the panel', () => {
  it('a possible match asks first, shows no user page, and sends the answer', async () => {
    const sent: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message);
      return Promise.resolve({ ok: true });
    });
    await renderPanel(
      contactDetection(7, {
        possible: true,
        person: { emails: ['ada@northwind.example'], name: 'Ada L.', recordId: '456' },
      }),
    );
    const question = await screen.findByRole('region', { name: 'Possible match' });
    expect(await within(question).findByText(/^Is this Ada Lovelace/)).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'User page' })).toBeNull();
    await userEvent.click(within(question).getByRole('button', { name: 'Yes' }));
    await vi.waitFor(() =>
      expect(sent).toContainEqual({ type: 'crm/confirm', tabId: 7, userId: 'u-ada' }),
    );
    await userEvent.click(within(question).getByRole('button', { name: 'No, search' }));
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'crm/confirm', tabId: 7 }));
  });

  it('a page it could not read: which CRM and record, its emails, search and the page report', async () => {
    await renderPanel(
      contactDetection(7, {
        unread: true,
        match: undefined,
        person: { emails: [], recordId: '456' },
        visibleEmails: ['zoe@acme.example'],
        pageReport: 'hubspot.com /contacts/123\nmain#app',
      }),
    );
    expect(await screen.findByText("Couldn't read this page")).toBeInTheDocument();
    expect(screen.getByText(/This is a HubSpot contact record \(456\)/)).toBeInTheDocument();
    const emails = screen.getByRole('region', { name: 'Emails on this page' });
    expect(within(emails).getByRole('button', { name: 'zoe@acme.example' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search users' })).toBeInTheDocument();
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await userEvent.click(screen.getByRole('button', { name: 'Copy page report' }));
    expect(writeText).toHaveBeenCalledWith('hubspot.com /contacts/123\nmain#app');
    expect(await screen.findByText(/Copied\. Paste it into an email/)).toBeInTheDocument();
  });
});
