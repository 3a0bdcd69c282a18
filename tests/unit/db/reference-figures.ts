import type {
  QueryFunction,
  QueryFunctionContext,
  QueryKey,
  SkipToken,
} from '@tanstack/react-query';
import { THRESHOLD_DAYS } from '@/lib/db/thresholds-store';
import { definitionsFrom } from '@/lib/domain/definitions';
import { userMetrics } from '@/lib/domain/metrics';
import { milestones } from '@/lib/domain/milestones';
import { buildNewsFeed } from '@/lib/domain/news-feed';
import { rollupEvents } from '@/lib/domain/rollups';
import { powerThresholdsByDay } from '@/lib/domain/thresholds';
import { addDays, today } from '@/lib/domain/time';
import type { ActivityDay, ActivityEvent, Definitions, User, Workspace } from '@/lib/domain/types';
import { classifyWorkspace } from '@/lib/domain/user-types';
import { accountFiguresQuery } from '@/lib/panel/home-queries';
import { milestonesQuery } from '@/lib/panel/use-milestones';
import { activityDaysQuery, userQuery, userStatsQuery } from '@/lib/panel/user-queries';
import { parseChanges } from '@/lib/protocol/change';

// What the panel shows for a workspace, two ways: derived by lib/domain straight from the raw
// feed (the reference), and read through the panel's own queries from the store a sync built.
// The store-vs-reference property test compares them.

/** Per user: types, window figures, metrics, milestones and feed; per account: its counts. */
export interface Figures {
  users: Record<string, unknown>;
  accounts: Record<string, { active: number; power: number } | null>;
}

/** The final state of a feed: last upsert per id wins, a delete removes, invalid changes skip. */
export function finalState(feed: unknown[]) {
  const { changes } = parseChanges(feed);
  let workspace: Workspace | undefined;
  const users = new Map<string, User>();
  const events = new Map<string, ActivityEvent>();
  const days = new Map<string, ActivityDay>();
  for (const c of changes) {
    if (c.type === 'workspace')
      workspace = c.op === 'delete' ? (workspace?.id === c.id ? undefined : workspace) : c.data;
    else if (c.type === 'user') {
      if (c.op === 'delete') users.delete(c.id);
      else users.set(c.data.id, c.data);
    } else if (c.type === 'event') {
      if (c.op === 'delete') events.delete(c.id);
      else events.set(c.data.id, c.data);
    } else if (c.type === 'activityDay') {
      if (c.op === 'delete') days.delete(c.id);
      else days.set(`${c.data.userId}/${c.data.day}`, c.data);
    }
  }
  return { workspace, users: [...users.values()], events: [...events.values()], days };
}

/** lib/domain's derivation from the raw feed: rollups of the events (or the feed's own). */
export function referenceFigures(feed: unknown[], now: Date, accountIds: string[]): Figures {
  const state = finalState(feed);
  const defs = definitionsFrom(state.workspace);
  const rollups = [...rollupEvents(state.events, defs.timezone), ...state.days.values()];
  const byUser = new Map<string, ActivityDay[]>();
  for (const r of rollups) byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r]);
  for (const list of byUser.values()) list.sort((a, b) => a.day.localeCompare(b.day));
  const classified = classifyWorkspace({
    users: state.users,
    rollupsByUser: byUser,
    seenInCrm: new Set(),
    defs,
    now,
  });
  const counted = rollups.filter((r) => classified.has(r.userId));
  const { from, to } = milestoneSpan(defs, now);
  const thresholds = powerThresholdsByDay(counted, from, to, defs);
  const users: Figures['users'] = {};
  for (const user of state.users) {
    const c = classified.get(user.id);
    if (!c) continue;
    const mine = byUser.get(user.id) ?? [];
    const ms = milestones({
      rollups: mine,
      thresholds,
      isInfluencerCandidate: user.crmContact === true,
      from,
      to,
      defs,
    });
    users[user.id] = shown(user, mine, { ...c, types: [...c.types].sort() }, ms, defs, now);
  }
  const accounts: Figures['accounts'] = {};
  for (const id of accountIds) {
    const members = state.users.filter((u) => u.accountId === id && classified.has(u.id));
    const has = (u: User, t: string) => classified.get(u.id)?.types.includes(t as never);
    accounts[id] = {
      active: members.filter((u) => has(u, 'active')).length,
      power: members.filter((u) => has(u, 'power')).length,
    };
  }
  return { users, accounts };
}

/** The same figures read through the panel's queries from the local store. */
export async function storeFigures(
  userIds: string[],
  accountIds: string[],
  now: Date,
  defs: Definitions,
): Promise<Figures> {
  const users: Figures['users'] = {};
  for (const id of userIds) {
    const [user, stats, rollups] = await Promise.all([
      run(userQuery(id)),
      run(userStatsQuery(id)),
      run(activityDaysQuery(id)),
    ]);
    if (!user || !stats || user.deactivated) continue;
    const ms = await run(milestonesQuery(id, today(now, defs.timezone)));
    const c = {
      windowCount: stats.windowCount,
      activeDaysWindow: stats.activeDaysWindow,
      everActive: stats.everActive,
      ...(stats.lastActiveDay ? { lastActiveDay: stats.lastActiveDay } : {}),
      types: [...stats.types].sort(),
    };
    users[id] = shown(user, rollups, c, ms, defs, now);
  }
  const figures = await run(accountFiguresQuery(accountIds));
  const accounts: Figures['accounts'] = {};
  for (const id of accountIds) {
    const f = figures.find((x) => x.account.id === id);
    accounts[id] = f ? { active: f.active, power: f.power } : null;
  }
  return { users, accounts };
}

function shown(
  user: User,
  rollups: ActivityDay[],
  classification: object,
  ms: ReturnType<typeof milestones>,
  defs: Definitions,
  now: Date,
) {
  const none = { notes: [], enrollments: [], cadences: [] };
  return {
    ...classification,
    metrics: userMetrics({ user, rollups, ...none, defs, now }),
    milestones: ms,
    feed: buildNewsFeed({ rollups, ...none, milestones: ms, defs, now }),
  };
}

function milestoneSpan(defs: Definitions, now: Date) {
  const to = today(now, defs.timezone);
  return { from: addDays(to, -(THRESHOLD_DAYS - 1)), to };
}

/** Runs a query factory's function as TanStack Query would. */
async function run<T, K extends QueryKey>(q: {
  queryKey: K;
  queryFn?: QueryFunction<T, K> | SkipToken;
}): Promise<T> {
  if (typeof q.queryFn !== 'function') throw new Error('a query without a function');
  const signal = new AbortController().signal;
  return q.queryFn({ queryKey: q.queryKey, signal, meta: undefined } as QueryFunctionContext<K>);
}
