import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { usePanelStore } from '@/lib/panel/panel-store';
import { contactDetection, freshDb, renderPanel, seedWorkspace } from './panel-fixture';

// A CRM sighting (what makes an active contact an Influencer) counts only a record the rep
// acted on: the panel says "I show this record's person" to the worker, the page never does.

const seen = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.map((c) => c[0]).filter((m) => (m as { type?: string }).type === 'crm/seen');

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the panel showing a tab record', () => {
  it("tells the worker it shows the record's person, with the record's URL", async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const detection = contactDetection(7);
    await renderPanel(detection);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' }),
    ).toBeInTheDocument();
    await vi.waitFor(() =>
      expect(seen(send)).toEqual([{ type: 'crm/seen', tabId: 7, url: detection.url }]),
    );
  });

  it('says nothing for a record without a product user', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await renderPanel(contactDetection(8, { match: { suggestions: [] } }), 8);
    await vi.waitFor(() => expect(usePanelStore.getState().detectionLoaded).toBe(true));
    await new Promise((r) => setTimeout(r, 200));
    expect(seen(send)).toEqual([]);
  });
});
