import type { Task } from './types';

// A task as the form gives it, checked and turned into the protocol's whole task (the outbox
// PUTs the whole task on every create, edit and completion).

export interface TaskDraft {
  title: string;
  dueDate?: string;
  userId?: string;
  accountId?: string;
  assigneeEmail?: string;
}

export const TASK_TITLE_MAX = 200;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Why the draft cannot be saved, or undefined when it can. */
export function taskProblem(draft: TaskDraft): string | undefined {
  const title = draft.title.trim();
  if (!title) return 'The task needs a title';
  if (title.length > TASK_TITLE_MAX) return `The title is longer than ${TASK_TITLE_MAX} characters`;
  if (!draft.userId && !draft.accountId) return 'The task needs a person or an account';
  if (draft.dueDate && !(DAY.test(draft.dueDate) && !Number.isNaN(Date.parse(draft.dueDate))))
    return 'The due date is not a date';
  return undefined;
}

/** The task a save writes: a new one (no `existing`) or an edit that keeps id and creation. */
export function taskFromDraft(
  draft: TaskDraft,
  ctx: { id: string; now: Date; author?: string; existing?: Task },
): Task {
  const at = ctx.now.toISOString();
  const assignee = draft.assigneeEmail?.trim();
  const author = ctx.existing?.author ?? ctx.author;
  return {
    id: ctx.existing?.id ?? ctx.id,
    title: draft.title.trim(),
    done: ctx.existing?.done ?? false,
    createdAt: ctx.existing?.createdAt ?? at,
    updatedAt: at,
    ...(draft.dueDate ? { dueDate: draft.dueDate } : {}),
    ...(draft.userId ? { userId: draft.userId } : {}),
    ...(draft.accountId ? { accountId: draft.accountId } : {}),
    ...(assignee ? { assigneeEmail: assignee } : {}),
    ...(author ? { author } : {}),
  };
}

/** The task completed (or reopened) now. */
export function withDone(task: Task, done: boolean, now: Date): Task {
  return { ...task, done, updatedAt: now.toISOString() };
}
