import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { contactDetection, freshDb, renderPanel, seedWorkspace } from './panel-fixture';

// The background matched the tab's contact while the first sync had not brought her yet, and
// re-matches only a moment after the sync's last write; the panel is ready the instant the
// derived data is. In that gap it must not say "No product user" for a person who is one.

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
});

describe('the end of a first sync', () => {
  it('a contact matched before her record arrived is shown, never "No product user"', async () => {
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    // What the background stored before Ada's record was pulled: a match with nobody in it.
    await renderPanel(contactDetection(7, { match: { suggestions: [] } }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' }),
    ).toBeInTheDocument();
    observer.disconnect();
    expect(seen.filter((t) => /No product user/.test(t))).toEqual([]);
  });

  it('someone who is not a user is still said to be none, once the store is checked', async () => {
    await renderPanel(
      contactDetection(7, {
        person: { emails: ['nobody@else.example'], name: 'No Body' },
        match: { suggestions: [] },
      }),
    );
    expect(
      await screen.findByText('No product user matches nobody@else.example'),
    ).toBeInTheDocument();
  });
});
