import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptInSitesSection } from '@/components/options/opt-in-sites-section';

// Gmail, Outlook and LinkedIn are off until the rep turns each on, and the section never
// states a site's state it could not read.

describe('OptInSitesSection', () => {
  it('keeps a switch disabled and says why when the browser cannot tell whether the site is on', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockRejectedValue(
      new Error('no permissions API'),
    );
    render(<OptInSitesSection />);
    expect(
      await screen.findByText(/Could not read which of these sites are on/),
    ).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Gmail' })).toBeDisabled();
  });

  it('shows a site as off, asks the browser when turned on, and says so when access is refused', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    render(<OptInSitesSection />);
    const gmail = screen.getByRole('switch', { name: 'Gmail' });
    await waitFor(() => expect(gmail).toBeEnabled());
    expect(gmail).not.toBeChecked();
    await userEvent.click(gmail);
    expect(request).toHaveBeenCalledWith({
      origins: expect.arrayContaining([expect.stringContaining('mail.google.com')]),
    });
    expect(await screen.findByText('Gmail stays off: access was not allowed.')).toBeInTheDocument();
    expect(gmail).not.toBeChecked();
  });
});
