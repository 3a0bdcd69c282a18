import { describe, expect, it } from 'vitest';
import { cadenceProgressLine } from '@/lib/domain/cadence-progress';
import { taskFromDraft, taskProblem, withDone } from '@/lib/domain/task-draft';
import { dueLabel, dueTasks, sortTasks, taskDue } from '@/lib/domain/tasks';
import type { Task } from '@/lib/domain/types';

const task = (id: string, extra: Partial<Task> = {}): Task => ({
  id,
  title: id,
  done: false,
  userId: 'u1',
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-01T09:00:00Z',
  ...extra,
});

describe('task due state', () => {
  it('is overdue, today, upcoming, undated or done against the day', () => {
    expect(taskDue(task('a', { dueDate: '2026-11-04' }), '2026-11-05')).toBe('overdue');
    expect(taskDue(task('a', { dueDate: '2026-11-05' }), '2026-11-05')).toBe('today');
    expect(taskDue(task('a', { dueDate: '2026-11-06' }), '2026-11-05')).toBe('upcoming');
    expect(taskDue(task('a'), '2026-11-05')).toBe('undated');
    expect(taskDue(task('a', { dueDate: '2026-11-01', done: true }), '2026-11-05')).toBe('done');
  });

  it('counts the day in the workspace timezone', () => {
    const tasks = [task('a', { dueDate: '2026-11-05' })];
    // 02:00 UTC on the 6th is still the 5th in New York, already the 6th in Berlin.
    const now = new Date('2026-11-06T02:00:00Z');
    expect(dueTasks(tasks, now, 'America/New_York').today.map((t) => t.id)).toEqual(['a']);
    expect(dueTasks(tasks, now, 'Europe/Berlin').overdue.map((t) => t.id)).toEqual(['a']);
  });

  it('lists overdue and due today for one assignee, in order', () => {
    const tasks = [
      task('late2', { dueDate: '2026-11-03', assigneeEmail: 'Dana@team.example' }),
      task('late1', { dueDate: '2026-11-01', assigneeEmail: 'dana@team.example' }),
      task('today', { dueDate: '2026-11-05', assigneeEmail: 'dana@team.example' }),
      task('other', { dueDate: '2026-11-05', assigneeEmail: 'sam@team.example' }),
      task('done', { dueDate: '2026-11-01', assigneeEmail: 'dana@team.example', done: true }),
      task('later', { dueDate: '2026-11-09', assigneeEmail: 'dana@team.example' }),
    ];
    const due = dueTasks(tasks, new Date('2026-11-05T12:00:00Z'), 'UTC', ' dana@team.example');
    expect(due.overdue.map((t) => t.id)).toEqual(['late1', 'late2']);
    expect(due.today.map((t) => t.id)).toEqual(['today']);
    expect(dueTasks(tasks, new Date('2026-11-05T12:00:00Z'), 'UTC').today).toHaveLength(2);
  });

  it('sorts open tasks by urgency, then undated, then done, with stable ties', () => {
    const tasks = [
      task('done', { done: true, dueDate: '2026-10-01' }),
      task('undated'),
      task('soon-b', { dueDate: '2026-11-07', createdAt: '2026-11-02T00:00:00Z' }),
      task('soon-a', { dueDate: '2026-11-07', createdAt: '2026-11-02T00:00:00Z' }),
      task('today', { dueDate: '2026-11-05' }),
      task('late', { dueDate: '2026-11-02' }),
    ];
    expect(sortTasks(tasks, '2026-11-05').map((t) => t.id)).toEqual([
      'late',
      'today',
      'soon-a',
      'soon-b',
      'undated',
      'done',
    ]);
  });

  it('labels the due date in words', () => {
    const day = '2026-11-05';
    expect(dueLabel(task('a', { dueDate: '2026-11-05' }), day)).toBe('Due today');
    expect(dueLabel(task('a', { dueDate: '2026-11-06' }), day)).toBe('Due tomorrow');
    expect(dueLabel(task('a', { dueDate: '2026-11-10' }), day)).toBe('Due in 5 days');
    expect(dueLabel(task('a', { dueDate: '2026-11-04' }), day)).toBe('Overdue by 1 day');
    expect(dueLabel(task('a', { dueDate: '2026-11-01' }), day)).toBe('Overdue by 4 days');
    expect(dueLabel(task('a'), day)).toBe('No due date');
    expect(dueLabel(task('a', { done: true }), day)).toBe('Done');
  });
});

describe('task drafts', () => {
  const now = new Date('2026-11-05T10:00:00Z');

  it('refuses a draft without a title, a person or account, or a real date', () => {
    expect(taskProblem({ title: ' ', userId: 'u' })).toBe('The task needs a title');
    expect(taskProblem({ title: 'Call' })).toBe('The task needs a person or an account');
    expect(taskProblem({ title: 'Call', accountId: 'a', dueDate: 'friday' })).toBe(
      'The due date is not a date',
    );
    expect(taskProblem({ title: 'x'.repeat(201), userId: 'u' })).toMatch(/longer than 200/);
    expect(taskProblem({ title: 'Call', accountId: 'a', dueDate: '2026-11-06' })).toBeUndefined();
  });

  it('makes a whole new task, and an edit that keeps id, creation, author and state', () => {
    const created = taskFromDraft(
      { title: ' Call Dana ', userId: 'u1', dueDate: '2026-11-06', assigneeEmail: ' ' },
      { id: 't1', now, author: 'Sam' },
    );
    expect(created).toEqual({
      id: 't1',
      title: 'Call Dana',
      done: false,
      dueDate: '2026-11-06',
      userId: 'u1',
      author: 'Sam',
      createdAt: '2026-11-05T10:00:00.000Z',
      updatedAt: '2026-11-05T10:00:00.000Z',
    });
    const later = new Date('2026-11-06T08:00:00Z');
    const done = withDone(created, true, later);
    const edited = taskFromDraft(
      { title: 'Call Dana again', userId: 'u1' },
      { id: 'ignored', now: later, author: 'Kim', existing: done },
    );
    expect(edited).toEqual({
      id: 't1',
      title: 'Call Dana again',
      done: true,
      userId: 'u1',
      author: 'Sam',
      createdAt: '2026-11-05T10:00:00.000Z',
      updatedAt: '2026-11-06T08:00:00.000Z',
    });
  });
});

describe('cadence progress line', () => {
  const now = new Date('2026-12-07T12:00:00Z'); // a Monday
  const active = { status: 'active' as const };

  it('says the step and when the next one is due, in the given zone', () => {
    expect(
      cadenceProgressLine(
        { ...active, currentStep: 2, nextStepAt: '2026-12-08T10:00:00Z' },
        { stepCount: 5 },
        now,
        'UTC',
      ),
    ).toBe('Step 2 of 5 · next step Tue 10:00');
    expect(
      cadenceProgressLine(
        { ...active, nextStepAt: '2026-12-08T10:00:00Z' },
        undefined,
        now,
        'Europe/Berlin',
      ),
    ).toBe('next step Tue 11:00');
    expect(
      cadenceProgressLine({ ...active, nextStepAt: '2026-12-20T10:00:00Z' }, undefined, now, 'UTC'),
    ).toBe('next step Sun 20 Dec 10:00');
  });

  it('says an overdue step was due, and nothing for what it was not told', () => {
    expect(
      cadenceProgressLine(
        { ...active, currentStep: 3, nextStepAt: '2026-12-04T09:30:00Z' },
        { stepCount: 3 },
        now,
        'UTC',
      ),
    ).toBe('Step 3 of 3 · next step was due Fri 09:30');
    expect(cadenceProgressLine(active, { stepCount: 5 }, now, 'UTC')).toBeUndefined();
    expect(
      cadenceProgressLine({ status: 'completed', currentStep: 5 }, { stepCount: 5 }, now, 'UTC'),
    ).toBeUndefined();
  });
});
