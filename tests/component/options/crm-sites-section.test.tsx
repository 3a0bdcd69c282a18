import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CrmSitesSection } from '@/components/options/crm-sites-section';
import { CRM_IDS } from '@/lib/domain/crms';
import { getDisabledCrms, setDisabledCrms } from '@/lib/platform/crm-sites';
import './options-fixture';

describe('CRM sites', () => {
  it('shows one switch per CRM, all on by default', async () => {
    render(<CrmSitesSection />);
    await waitFor(() => expect(screen.getByRole('switch', { name: 'HubSpot' })).toBeEnabled());
    expect(screen.getAllByRole('switch')).toHaveLength(CRM_IDS.length);
    for (const s of screen.getAllByRole('switch')) expect(s).toBeChecked();
  });

  it('switches a CRM off and on, stored where content scripts read it', async () => {
    const user = userEvent.setup();
    render(<CrmSitesSection />);
    const pipedrive = screen.getByRole('switch', { name: 'Pipedrive' });
    await waitFor(() => expect(pipedrive).toBeEnabled());
    await user.click(pipedrive);
    await waitFor(async () => expect(await getDisabledCrms()).toEqual(['pipedrive']));
    expect(await fakeBrowser.storage.local.get('disabledCrms')).toEqual({
      disabledCrms: ['pipedrive'],
    });
    expect(pipedrive).not.toBeChecked();
    await user.click(pipedrive);
    await waitFor(async () => expect(await getDisabledCrms()).toEqual([]));
    expect(pipedrive).toBeChecked();
  });

  it('follows a change made elsewhere', async () => {
    render(<CrmSitesSection />);
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Salesforce' })).toBeEnabled());
    await setDisabledCrms(['salesforce']);
    await waitFor(() =>
      expect(screen.getByRole('switch', { name: 'Salesforce' })).not.toBeChecked(),
    );
  });
});
