import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/database';
import { toStoredUser } from '@/lib/db/stored-keys';
import {
  ADA,
  contactDetection,
  freshDb,
  renderPanel,
  seedWorkspace,
} from '../side-panel/panel-fixture';

const XSS = '<img src=x onerror="window.__pwned=1">';

beforeEach(async () => {
  freshDb();
  await seedWorkspace();
  const db = getDb();
  await db.users.put(
    toStoredUser({ ...ADA, firstName: XSS, title: XSS, customFields: { [XSS]: XSS } }),
  );
  await db.notes.put({
    id: 'n-x',
    userId: 'u-ada',
    title: XSS,
    body: XSS,
    type: XSS,
    author: XSS,
    createdAt: '2026-02-10T10:00:00Z',
    updatedAt: '2026-02-10T10:00:00Z',
  });
  await db.cadences.put({ id: 'c-x', name: XSS, scope: 'personal', tags: [XSS] });
  await db.enrollments.put({
    id: 'e-x',
    cadenceId: 'c-x',
    userId: 'u-ada',
    createdAt: '2026-02-10T10:00:00Z',
    status: 'active',
  });
});

describe('remote data is text, never HTML', () => {
  it('renders a name, note, custom field and cadence containing markup as text', async () => {
    await renderPanel(contactDetection(7));
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe(`${XSS} Lovelace`);
    const fields = screen.getByLabelText('Custom fields');
    expect(within(fields).getAllByText(XSS)).toHaveLength(2);
    const note = await screen.findByRole('article', { name: XSS });
    expect(within(note).getAllByText(XSS).length).toBeGreaterThanOrEqual(3);
    expect(await screen.findAllByText(XSS)).not.toHaveLength(0);
    expect(document.querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
