import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { MilestonesSection } from '@/components/options/milestones-section';
import { AdoptionMilestonesSection } from '@/components/user-page/adoption-milestones-section';
import { getDb, setDb, UserPageDB } from '@/lib/db/database';
import { META } from '@/lib/db/meta';
import { toStoredUser } from '@/lib/db/stored-keys';
import type { User } from '@/lib/domain/types';
import { setMeta } from '@/tests/support/meta-rows';
import { workspaceRow } from '../../support/workspace-row';
import { renderSection } from './options-fixture';

// A milestone names an event by its machine name; the rep reads the workspace's label for it
// wherever the milestone is put in words, as Settings → Definitions does.

const SHARED = {
  id: 'm-share',
  name: 'Shared 3 reports',
  event: 'report_shared',
  count: 3,
  withinWindow: false,
  roleIds: [],
  personaIds: [],
};
const ADA: User = { id: 'u-ada', email: 'ada@example.com', createdAt: '2026-01-01T00:00:00Z' };

beforeEach(async () => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  await getDb().workspace.put(
    workspaceRow({
      milestones: [SHARED],
      eventLabels: { report_shared: 'Shared a report', login: 'Signed in' },
    }),
  );
});

describe('milestone words use the workspace event labels', () => {
  it("on the person's page: not yet, with the event's label", async () => {
    await getDb().users.put(toStoredUser(ADA));
    await getDb().activityDays.put({
      userId: 'u-ada',
      day: '2026-02-01',
      events: 2,
      logins: 1,
      durationSec: 60,
      names: { login: 2 },
    });
    renderSection(<AdoptionMilestonesSection user={ADA} />);
    const list = await screen.findByRole('list', { name: 'Milestones not reached yet' });
    expect(list).toHaveTextContent('Shared 3 reports not yet: 0 of 3 (Shared a report 3 times)');
    expect(list).not.toHaveTextContent('report_shared');
  });

  it('in Settings: the list and the event picker', async () => {
    await setMeta(META.eventNames, ['login', 'report_shared']);
    await setMeta(META.syncStatus, {
      phase: 'idle',
      pulled: 0,
      lastSyncAt: '2026-02-01T00:00:00Z',
    });
    renderSection(<MilestonesSection />);
    const list = await screen.findByRole('list', { name: 'Milestones' });
    expect(list).toHaveTextContent('Shared 3 reports — Shared a report 3 times');
    const picker = screen.getByLabelText('Event', { exact: true });
    await within(picker).findByRole('option', { name: 'Shared a report' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Pick an event…', 'Signed in', 'Shared a report']);
    expect(within(picker).getByRole('option', { name: 'Signed in' })).toHaveValue('login');
  });
});
