import { describe, expect, it } from 'vitest';
import { planBulkEnrolment } from '@/lib/domain/bulk-enrol-plan';
import { planBulkNote } from '@/lib/domain/bulk-note-plan';
import { bulkOutcomeSummary } from '@/lib/domain/bulk-outcome';
import type { Cadence, Enrollment } from '@/lib/domain/types';

const winback: Cadence = { id: 'c1', name: 'Winback', scope: 'team', tags: [] };
const ids = (n: number) => Array.from({ length: n }, (_, i) => `u${i + 1}`);
const usersOf = (list: string[], deactivated: string[] = []) =>
  new Map(list.map((id) => [id, { id, deactivated: deactivated.includes(id) }]));
const enrolled = (userId: string, status: Enrollment['status'] = 'active', cadenceId = 'c1') => ({
  userId,
  cadenceId,
  status,
});

describe('bulk enrolment plan', () => {
  it('skips the people already in the cadence and says so', () => {
    const plan = planBulkEnrolment({
      selection: ids(14),
      cadence: winback,
      users: usersOf(ids(14)),
      enrollments: [enrolled('u2'), enrolled('u5'), enrolled('u9'), enrolled('u3', 'active', 'c2')],
    });
    expect(plan.summary).toBe(
      'Enrol 14 people in Winback; 3 are already in it and will be skipped',
    );
    expect(plan.enrol).toHaveLength(11);
    expect(plan.enrol).toContain('u3');
    expect(plan.skipped).toEqual([
      { userId: 'u2', reason: 'already-in' },
      { userId: 'u5', reason: 'already-in' },
      { userId: 'u9', reason: 'already-in' },
    ]);
  });

  it('enrols again people whose earlier enrolment ended', () => {
    const plan = planBulkEnrolment({
      selection: ['u1', 'u2'],
      cadence: winback,
      users: usersOf(['u1', 'u2']),
      enrollments: [enrolled('u1', 'completed'), enrolled('u2', 'stopped')],
    });
    expect(plan.enrol).toEqual(['u1', 'u2']);
    expect(plan.summary).toBe('Enrol 2 people in Winback');
  });

  it('counts each person once and names every reason to skip', () => {
    const plan = planBulkEnrolment({
      selection: ['u1', 'u1', 'u2', 'u3', 'gone'],
      cadence: winback,
      users: usersOf(['u1', 'u2', 'u3'], ['u3']),
      enrollments: [enrolled('u1')],
    });
    expect(plan.selected).toBe(4);
    expect(plan.enrol).toEqual(['u2']);
    expect(plan.summary).toBe(
      'Enrol 4 people in Winback; 1 is already in it, 1 is deactivated and 1 is no longer in the workspace and will be skipped',
    );
  });

  it('says when nobody will be enrolled', () => {
    const plan = planBulkEnrolment({
      selection: ['u1'],
      cadence: winback,
      users: usersOf(['u1']),
      enrollments: [enrolled('u1')],
    });
    expect(plan.enrol).toEqual([]);
    expect(plan.summary).toBe(
      'Enrol 1 person in Winback; 1 is already in it and will be skipped, so nobody will be enrolled',
    );
  });
});

describe('bulk note plan', () => {
  const noteTypes = ['General', 'Call'];

  it('plans one note per known person', () => {
    const plan = planBulkNote({
      selection: ['u1', 'u2', 'gone', 'u1'],
      users: usersOf(['u1', 'u2']),
      draft: { title: ' Renewal check-in ', body: 'Asked about seats.', type: 'Call' },
      noteTypes,
    });
    expect(plan.notes).toEqual([
      { userId: 'u1', title: 'Renewal check-in', body: 'Asked about seats.', type: 'Call' },
      { userId: 'u2', title: 'Renewal check-in', body: 'Asked about seats.', type: 'Call' },
    ]);
    expect(plan.summary).toBe(
      'Write the Call note “Renewal check-in” to 2 people; 1 is no longer in the workspace and will be skipped',
    );
    expect(plan.problem).toBeUndefined();
  });

  it('refuses an empty note, an unknown type or a selection of nobody', () => {
    const base = { selection: ['u1'], users: usersOf(['u1']), noteTypes };
    expect(planBulkNote({ ...base, draft: { title: ' ', body: '', type: 'Call' } })).toMatchObject({
      problem: 'The note needs a title or a text',
      notes: [],
    });
    expect(planBulkNote({ ...base, draft: { title: 'x', body: '', type: 'Poem' } }).problem).toBe(
      '“Poem” is not one of the workspace’s note types',
    );
    expect(
      planBulkNote({ ...base, selection: ['gone'], draft: { title: 'x', body: '', type: 'Call' } })
        .problem,
    ).toBe('Nobody selected is in the workspace any more');
  });
});

describe('bulk outcome', () => {
  it('says what happened, leaving out what did not', () => {
    expect(
      bulkOutcomeSummary(
        [
          { userId: 'a', state: 'done' },
          { userId: 'b', state: 'done' },
          { userId: 'c', state: 'skipped', reason: 'Already in this cadence' },
          { userId: 'd', state: 'failed', reason: 'Storage full' },
        ],
        'enrolled',
      ),
    ).toBe('2 enrolled, 1 skipped, 1 failed');
    expect(bulkOutcomeSummary([{ userId: 'a', state: 'done' }], 'noted')).toBe('1 noted');
  });
});
