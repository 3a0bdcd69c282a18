import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '@/components/options/options-app';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import './options-fixture';
import { workspaceRow } from '../../support/workspace-row';

beforeEach(async () => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  await getDb().workspace.put(
    workspaceRow({ id: 'demo', name: 'Demo workspace (sample data)', noteTypes: ['General'] }),
  );
});

describe('the options page', () => {
  it('shows every section, and labels demo data', async () => {
    render(<OptionsApp />);
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    for (const name of [
      'Connection',
      'Sync status',
      'Definitions',
      'Roles',
      'Personas',
      'Note types',
      'CRM sites',
      'Data',
    ])
      expect(await screen.findByRole('region', { name })).toBeInTheDocument();
    expect(await screen.findByRole('group', { name: 'Data source' })).toBeInTheDocument();
    expect(await screen.findByText('Demo data')).toBeInTheDocument();
  });

  it('renders remote names as text, never as markup', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    await getDb().roles.put({ id: 'r1', name: evil, description: evil });
    await getDb().workspace.update('demo', { name: evil });
    render(<OptionsApp />);
    expect((await screen.findAllByText(evil, { exact: false })).length).toBeGreaterThan(0);
    expect(document.querySelector('img')).toBeNull();
  });
});
