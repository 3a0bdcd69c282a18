import { daysBetween, today } from './time';
import type { Day, Task } from './types';

// When a task is due, counted in calendar days of the workspace timezone (a task due on the
// 5th is overdue from the 6th there, wherever the rep is), and the order tasks are listed in.

export type TaskDue = 'done' | 'overdue' | 'today' | 'upcoming' | 'undated';

export function taskDue(task: Pick<Task, 'done' | 'dueDate'>, day: Day): TaskDue {
  if (task.done) return 'done';
  if (!task.dueDate) return 'undated';
  if (task.dueDate < day) return 'overdue';
  return task.dueDate === day ? 'today' : 'upcoming';
}

const RANK: Record<TaskDue, number> = { overdue: 0, today: 1, upcoming: 2, undated: 3, done: 4 };

/**
 * Open tasks first: overdue (oldest due first), due today, upcoming (soonest first), undated;
 * done ones last. Ties by creation, then id, so the order never shifts between renders.
 */
export function sortTasks<T extends Task>(tasks: readonly T[], day: Day): T[] {
  const key = (t: T) => RANK[taskDue(t, day)];
  return [...tasks].sort(
    (a, b) =>
      key(a) - key(b) ||
      (a.dueDate ?? '').localeCompare(b.dueDate ?? '') ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  );
}

/** The home's lists: what is overdue and what is due today, for one assignee or for all. */
export function dueTasks<T extends Task>(
  tasks: readonly T[],
  now: Date,
  timeZone: string,
  assigneeEmail?: string,
): { overdue: T[]; today: T[] } {
  const day = today(now, timeZone);
  const mine = (t: T) =>
    assigneeEmail === undefined ||
    t.assigneeEmail?.trim().toLowerCase() === assigneeEmail.trim().toLowerCase();
  const sorted = sortTasks(tasks.filter(mine), day);
  return {
    overdue: sorted.filter((t) => taskDue(t, day) === 'overdue'),
    today: sorted.filter((t) => taskDue(t, day) === 'today'),
  };
}

/** "Due today", "Due tomorrow", "Due in 5 days", "Overdue by 2 days", "Done", "No due date". */
export function dueLabel(task: Pick<Task, 'done' | 'dueDate'>, day: Day): string {
  const state = taskDue(task, day);
  if (state === 'done') return 'Done';
  if (state === 'undated' || !task.dueDate) return 'No due date';
  const n = daysBetween(day, task.dueDate);
  if (n === 0) return 'Due today';
  if (n === 1) return 'Due tomorrow';
  if (n > 1) return `Due in ${n} days`;
  return n === -1 ? 'Overdue by 1 day' : `Overdue by ${-n} days`;
}
