import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { dayOf } from '@/lib/domain/time';
import { contactDetection, freshDb, renderPanel, seedWorkspace } from '../side-panel/panel-fixture';

const ZONE = 'Europe/London'; // the seeded workspace's

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
  // Two hours ago, or less when that was yesterday in the workspace's zone: the feed rightly
  // puts today's activity above anything of yesterday, and the test expects the note first.
  const now = Date.now();
  let back = 2 * 3_600_000;
  while (back > 0 && dayOf(now - back, ZONE) !== dayOf(now, ZONE)) back = Math.floor(back / 2);
  const recent = new Date(now - back).toISOString();
  await getDb().notes.put({
    id: 'n1',
    userId: 'u-ada',
    title: 'Renewal call',
    body: 'ok',
    type: 'Call',
    author: 'Rita Rep',
    createdAt: recent,
    updatedAt: recent,
  });
  await getDb().enrollments.put({
    id: 'e1',
    cadenceId: 'c-onb',
    userId: 'u-ada',
    createdAt: recent,
    status: 'active',
  });
});

const feedTitles = () =>
  within(screen.getByRole('list', { name: 'News' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.feed-title')?.textContent);

describe('news feed', () => {
  it('mixes activity, notes, enrolments and milestones, newest first, and filters by category', async () => {
    await renderPanel(contactDetection(7));
    await screen.findByRole('list', { name: 'News' });
    // The feed opens on its newest 12 items.
    expect(feedTitles()).toHaveLength(12);
    // Milestones need the thresholds, which may arrive later: expand until they show.
    await waitFor(() => {
      const more = screen.queryByRole('button', { name: /Show more/ });
      if (more) fireEvent.click(more);
      expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
      expect(feedTitles()).toContain('Became a power user');
    });
    const titles = feedTitles();
    expect(titles.slice(0, 3)).toEqual([
      expect.stringMatching(/Call note: Renewal call|Added to cadence “Onboarding follow-up”/),
      expect.stringMatching(/Call note: Renewal call|Added to cadence “Onboarding follow-up”/),
      '10 events',
    ]);
    // Ada's first active day (19 days ago, 29 events) is the day she became a power user and
    // an influencer; within a day milestones come before activity.
    expect(titles.slice(-3)).toEqual(['Became an influencer', 'Became a power user', '29 events']);

    const filter = screen.getByRole('combobox', { name: 'Show in feed' });
    await userEvent.selectOptions(filter, 'Notes');
    expect(feedTitles()).toEqual(['Call note: Renewal call']);
    await userEvent.selectOptions(filter, 'Milestones');
    expect(feedTitles().sort()).toEqual(['Became a power user', 'Became an influencer']);
    await userEvent.selectOptions(filter, 'Cadences');
    expect(feedTitles()).toEqual(['Added to cadence “Onboarding follow-up”']);
  });

  it('shows milestones as lines with a legend on the utilisation chart', async () => {
    await renderPanel(contactDetection(7));
    const legend = await screen.findByRole(
      'list',
      { name: 'Milestones legend' },
      { timeout: 10_000 },
    );
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent)
        .sort(),
    ).toEqual(['Became a power user', 'Became an influencer']);
    const readable = screen.getByRole('list', { name: 'Milestones' });
    expect(within(readable).getAllByRole('listitem')).toHaveLength(2);
  });

  it('shows an inactive milestone for a user who stopped', async () => {
    await renderPanel(contactDetection(7, { match: { userId: 'u-bob', suggestions: [] } }));
    await screen.findByRole('heading', { level: 1, name: 'Bob Stone' });
    await waitFor(() => expect(feedTitles()).toEqual(['Became inactive']));
  });
});
