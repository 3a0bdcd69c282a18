import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { contactDetection, freshDb, renderPanel, seedWorkspace } from '../side-panel/panel-fixture';

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
});

const badgeTexts = async () => {
  const list = await screen.findByRole('list', { name: 'User type' });
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.firstChild?.firstChild?.textContent);
};

describe('type badges', () => {
  it('shows exactly the types that apply, with the why on focus', async () => {
    await renderPanel(contactDetection(7));
    // Ada is the only active user of three, and a CRM contact.
    await waitFor(async () =>
      expect(await badgeTexts()).toEqual(['Power user', 'Influencer', 'Active']),
    );
    const power = screen.getByText('Power user', { selector: '.badge' });
    power.focus();
    const tip = document.getElementById(power.getAttribute('aria-describedby') ?? '');
    expect(tip).toHaveTextContent(/activity events in the last 30 days — top 10% of the workspace/);
    expect(screen.queryByText('Inactive', { selector: '.badge' })).not.toBeInTheDocument();
    expect(screen.queryByText('Zombie', { selector: '.badge' })).not.toBeInTheDocument();
  });

  it('shows only Inactive for a user whose activity is older than the window', async () => {
    await renderPanel(contactDetection(7, { match: { userId: 'u-bob', suggestions: [] } }));
    await screen.findByRole('heading', { level: 1, name: 'Bob Stone' });
    await waitFor(async () => expect(await badgeTexts()).toEqual(['Inactive']));
  });

  it('shows Zombie for a user who never used the product', async () => {
    await renderPanel(contactDetection(7, { match: { userId: 'u-zoe', suggestions: [] } }));
    await screen.findByRole('heading', { level: 1, name: 'Zoe Quinn' });
    await waitFor(async () => expect(await badgeTexts()).toEqual(['Zombie']));
    expect(screen.getByText('Zombie', { selector: '.badge' })).toHaveAccessibleDescription(
      /never used the product/,
    );
  });

  it('updates when the background rewrites the user stats', async () => {
    await renderPanel(contactDetection(7));
    await waitFor(async () => expect(await badgeTexts()).toContain('Power user'));
    await getDb().userStats.update('u-ada', { types: ['inactive'] });
    await waitFor(async () => expect(await badgeTexts()).toEqual(['Inactive']));
  });
});
