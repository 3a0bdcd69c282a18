import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '@/components/options/options-app';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { OPTIONS_SECTION_TITLES } from '@/lib/options/section-anchor';
import './options-fixture';
import { workspaceRow } from '../../support/workspace-row';

beforeEach(async () => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  await getDb().workspace.put(
    workspaceRow({ id: 'demo', name: 'Demo workspace (sample data)', noteTypes: ['General'] }),
  );
});
afterEach(() => window.history.replaceState(null, '', '/'));

describe('the options page: welcome and section navigation', () => {
  it('shows a short welcome when opened by a fresh install (?welcome=1)', async () => {
    window.history.replaceState(null, '', '/options.html?welcome=1');
    render(<OptionsApp />);
    const welcome = screen.getByRole('region', { name: 'Welcome to User Page for CRM' });
    expect(within(welcome).getByText(/demo workspace/)).toBeInTheDocument();
    expect(within(welcome).getByRole('link', { name: 'Connection' })).toHaveAttribute(
      'href',
      '#section-connection',
    );
    expect(await screen.findByRole('region', { name: 'Connection' })).toHaveAttribute(
      'id',
      'section-connection',
    );
  });

  it('shows no welcome on a normal visit', async () => {
    window.history.replaceState(null, '', '/options.html');
    render(<OptionsApp />);
    expect(await screen.findByRole('region', { name: 'Connection' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Welcome/ })).not.toBeInTheDocument();
  });

  it('links every section from the navigation at the top, and each link has its target', async () => {
    render(<OptionsApp />);
    const nav = screen.getByRole('navigation', { name: 'Settings sections' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([...OPTIONS_SECTION_TITLES]);
    for (const link of links) {
      const id = (link.getAttribute('href') ?? '').slice(1);
      const region = await screen.findByRole('region', { name: link.textContent ?? '' });
      expect(region.id).toBe(id);
    }
  });
});
