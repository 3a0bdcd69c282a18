import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatDate } from '@/components/shared/format';
import {
  contactDetection,
  freshDb,
  renderPanel,
  seedWorkspace,
  TODAY,
} from '../side-panel/panel-fixture';

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
});

const detectionOf = (userId: string, email: string, name: string) =>
  contactDetection(7, {
    person: { emails: [email], name, recordId: '900' },
    match: { userId, via: 'email', suggestions: [] },
  });

describe('user page summary above the fold', () => {
  it('gives the trend, last active and last touch of an active user, and no needless advice', async () => {
    await renderPanel(contactDetection(7));
    const summary = await screen.findByRole('region', { name: 'Summary' }, { timeout: 10_000 });
    expect(
      await within(summary).findByText('Active 20 days in the last 30 days, up from 0.'),
    ).toBeInTheDocument();
    expect(summary).toHaveTextContent(`Last active ${formatDate(TODAY)}`);
    expect(summary).toHaveTextContent('Last touch none yet');
    expect(within(summary).queryByText('Next:')).not.toBeInTheDocument();
  });

  it('suggests re-engaging someone gone quiet, with how long', async () => {
    await renderPanel(detectionOf('u-bob', 'bob@northwind.example', 'Bob Stone'));
    const summary = await screen.findByRole('region', { name: 'Summary' }, { timeout: 10_000 });
    expect(
      await within(summary).findByText('Inactive 50 days: add to a re-engagement cadence'),
    ).toBeInTheDocument();
    expect(summary).toHaveTextContent('Active 0 days in the last 30 days, down from 2.');
  });

  it('suggests onboarding for someone who never used the product', async () => {
    await renderPanel(detectionOf('u-zoe', 'zoe@northwind.example', 'Zoe Quinn'));
    const summary = await screen.findByRole('region', { name: 'Summary' }, { timeout: 10_000 });
    expect(
      await within(summary).findByText('Never used the product: add to an onboarding cadence'),
    ).toBeInTheDocument();
    expect(summary).toHaveTextContent('Last active never');
  });
});
