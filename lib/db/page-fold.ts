import { eventContribution } from '../domain/rollups';
import type { ActivityEvent, Workspace } from '../domain/types';
import type { Change, ChangeOf } from '../protocol/change';
import type { EntityOf, EntityType } from '../protocol/schemas';
import {
  ENTITIES,
  type EntityRegistry,
  type EntityTableName,
  isLocalTable,
  type LocalTable,
  shadowKey,
} from './entities';
import { pushRollupOp, type RollupOps } from './rollup-ops';
import { toStoredAccount, toStoredUser } from './stored-keys';

// Pure: folds one page of changes, in feed order, into what must be written. No Dexie here;
// apply-page.ts reads what the fold needs, then writes the plan in the page's transaction.

export interface FoldInput {
  changes: readonly Change[];
  /** The stored workspace before the page. */
  workspace: Workspace | undefined;
  /** shadowKey()s of rows a queued local write protects: the server's version goes aside. */
  guarded: ReadonlySet<string>;
  /** The page's event ids with their stored event (undefined: not stored). */
  storedEvents: ReadonlyMap<string, ActivityEvent | undefined>;
  /** Events are stored without folding their rollups (rebuilt at the end of the run). */
  catchUp: boolean;
}

export interface PagePlan {
  /** The final row per table and id (undefined: delete). */
  rows: Map<EntityTableName, Map<string, unknown>>;
  /** The server's versions of guarded rows, by shadowKey (data undefined: deleted there). */
  shadows: Map<string, { table: LocalTable; id: string; data: unknown }>;
  /** The final event per id of the page (undefined: delete). */
  events: Map<string, ActivityEvent | undefined>;
  rollups: Map<string, RollupOps>;
  /** Users whose record changed (rollup changes add theirs once applied). */
  users: Set<string>;
  workspace: Workspace | undefined;
  /** The zone moved within the page: the rollups of raw events are derived again. */
  zoneChanged: boolean;
}

export const zoneOf = (w: Workspace | undefined) => w?.timezone ?? 'UTC';

export function foldPage(input: FoldInput): PagePlan {
  const plan: PagePlan = {
    rows: new Map(),
    shadows: new Map(),
    events: new Map(input.storedEvents),
    rollups: new Map(),
    users: new Set(),
    workspace: input.workspace,
    zoneChanged: false,
  };
  const folding: Folding = { ...input, plan };
  for (const c of input.changes) (FOLD_RULES[c.type] as FoldRule<EntityType>)(folding, c);
  return plan;
}

interface Folding extends FoldInput {
  plan: PagePlan;
}

type FoldRule<T extends EntityType> = (f: Folding, change: ChangeOf<T>) => void;

/** How a change of each entity type of registry `R` folds into the plan. */
export type FoldRules<R extends EntityRegistry> = {
  readonly [T in keyof R]: T extends EntityType ? FoldRule<T> : FoldRule<never>;
};

function setRow(f: Folding, table: EntityTableName, id: string, row: unknown): void {
  if (isLocalTable(table) && f.guarded.has(shadowKey(table, id))) {
    f.plan.shadows.set(shadowKey(table, id), { table, id, data: row });
    return;
  }
  const m = f.plan.rows.get(table) ?? new Map<string, unknown>();
  f.plan.rows.set(table, m);
  m.set(id, row);
}

/** Entity types stored one row per id. */
type RowEntity = { [T in EntityType]: EntityOf<T> extends { id: string } ? T : never }[EntityType];

/** A row stored as the server sent it, or with the keys the client derives for its indexes. */
const rowOf =
  <T extends RowEntity>(toRow: (data: EntityOf<T>) => unknown = (data) => data): FoldRule<T> =>
  (f, c) => {
    const table = ENTITIES[c.type].table;
    if (c.op === 'delete') setRow(f, table, c.id, undefined);
    else setRow(f, table, (c.data as EntityOf<RowEntity>).id, toRow(c.data));
  };

function contribute(f: Folding, e: ActivityEvent, sign: 1 | -1): void {
  const c = eventContribution(e, zoneOf(f.plan.workspace));
  pushRollupOp(f.plan.rollups, c.userId, c.day, sign === 1 ? { add: c } : { subtract: c });
}

export const FOLD_RULES = {
  workspace(f, c) {
    const { plan } = f;
    if (c.op === 'delete') {
      setRow(f, 'workspace', c.id, undefined);
      if (plan.workspace?.id !== c.id) return;
      if (zoneOf(plan.workspace) !== zoneOf(undefined)) plan.zoneChanged = true;
      plan.workspace = undefined;
      return;
    }
    // One workspace per database: a new one replaces the old.
    if (plan.workspace && plan.workspace.id !== c.data.id)
      setRow(f, 'workspace', plan.workspace.id, undefined);
    if (zoneOf(plan.workspace) !== zoneOf(c.data)) plan.zoneChanged = true;
    plan.workspace = c.data;
    setRow(f, 'workspace', c.data.id, c.data);
  },
  account: rowOf(toStoredAccount),
  user(f, c) {
    rowOf<'user'>(toStoredUser)(f, c);
    f.plan.users.add(c.op === 'delete' ? c.id : c.data.id);
  },
  // Idempotent: an event's contribution is keyed by its id, so a re-delivered event replaces
  // its own contribution rather than counting twice.
  event(f, c) {
    const id = c.op === 'delete' ? c.id : c.data.id;
    const old = f.plan.events.get(id);
    const next = c.op === 'delete' ? undefined : c.data;
    if (!f.catchUp) {
      if (old) contribute(f, old, -1);
      if (next) contribute(f, next, 1);
    }
    f.plan.events.set(id, next);
  },
  activityDay(f, c) {
    if (c.op === 'upsert') pushRollupOp(f.plan.rollups, c.data.userId, c.data.day, { set: c.data });
    else {
      const cut = c.id.lastIndexOf('/');
      if (cut > 0)
        pushRollupOp(f.plan.rollups, c.id.slice(0, cut), c.id.slice(cut + 1), { set: undefined });
    }
  },
  note: rowOf(),
  cadence: rowOf(),
  enrollment: rowOf(),
  role: rowOf(),
  persona: rowOf(),
} satisfies FoldRules<typeof ENTITIES>;
