import { z } from 'zod';
import { DEFAULT_NOTE_TYPES, isMilestone } from '../domain/definitions';
import type {
  Account,
  ActivityDay,
  ActivityEvent,
  AdoptionMilestone,
  Cadence,
  Enrollment,
  Note,
  Role,
  User,
  Workspace,
} from '../domain/types';
import { accountFacts, enrollmentProgress, healthSettings, task } from './csm-schemas';
import {
  compact,
  count,
  counts,
  crmIds,
  customFields,
  day,
  id,
  opt,
  time,
  timeZone,
} from './primitives';

// Wire shapes of sync-protocol.md. Optional fields may be absent or null (both become
// absent); unknown fields are dropped (zod objects strip them). Parsing normalises into the
// types of lib/domain/types.ts with the workspace defaults applied.

// Extension pages and workers forbid eval (CSP): zod's probe for compiled parsers would only
// fail there (and log the refusal), so it is told up front to parse without them.
z.config({ jitless: true });

/** The longest activity window a definition may use (as in Settings › Definitions). */
const MAX_WINDOW_DAYS = 365;

/** Labels are a nicety: keep the string ones, drop anything else rather than the workspace. */
const labels = z
  .unknown()
  .optional()
  .transform((m): Record<string, string> | undefined => {
    if (typeof m !== 'object' || m === null || Array.isArray(m)) return undefined;
    const kept = Object.entries(m).filter(
      (e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '',
    );
    return kept.length ? Object.fromEntries(kept) : undefined;
  });

const workspace = z
  .object({
    id,
    name: z.string(),
    timezone: opt(timeZone),
    // Bounded like the settings form: an absurd window (1e9 days) would make every
    // derived-data pass fail, so such a workspace record is refused and listed instead.
    activityWindowDays: opt(z.number().int().min(1).max(MAX_WINDOW_DAYS)),
    powerUserTopPercent: opt(z.number().positive().max(100)),
    activityEvents: opt(z.array(z.string())),
    noteTypes: opt(z.array(z.string())),
    activityGranularity: opt(z.enum(['event', 'day'])),
    milestones: opt(z.array(z.unknown())),
    eventLabels: labels,
    customFieldLabels: labels,
    health: healthSettings,
  })
  .transform(
    (w): Workspace =>
      compact({
        id: w.id,
        name: w.name,
        timezone: w.timezone ?? 'UTC',
        activityWindowDays: w.activityWindowDays ?? 30,
        powerUserTopPercent: w.powerUserTopPercent ?? 10,
        activityEvents: w.activityEvents ?? [],
        noteTypes: w.noteTypes?.length ? w.noteTypes : [...DEFAULT_NOTE_TYPES],
        activityGranularity: w.activityGranularity ?? 'event',
        eventLabels: w.eventLabels,
        customFieldLabels: w.customFieldLabels,
        health: w.health,
        ...milestonesOf(w.milestones),
      }),
  );

/**
 * Adoption milestones (optional, added to the protocol later): entries that are not usable are
 * left out rather than rejecting the whole workspace; missing optional parts get defaults.
 */
function milestonesOf(raw: unknown[] | undefined): { milestones?: AdoptionMilestone[] } {
  if (!raw) return {};
  const list = raw.flatMap((m) => {
    if (typeof m !== 'object' || m === null) return [];
    const o = m as Record<string, unknown>;
    const candidate = {
      id: o.id,
      name: o.name,
      event: o.event,
      count: o.count,
      withinWindow: o.withinWindow ?? false,
      roleIds: o.roleIds ?? [],
      personaIds: o.personaIds ?? [],
    };
    return isMilestone(candidate) ? [candidate] : [];
  });
  return list.length ? { milestones: list } : {};
}

const account = z
  .object({
    id,
    name: z.string(),
    domain: opt(z.string()),
    licenses: opt(count),
    crmIds: opt(crmIds),
    ...accountFacts,
  })
  .transform((a): Account => compact(a));

const user = z
  .object({
    id,
    email: opt(z.string()),
    firstName: opt(z.string()),
    lastName: opt(z.string()),
    title: opt(z.string()),
    phone: opt(z.string()),
    timezone: opt(z.string()),
    accountId: opt(id),
    roleId: opt(id),
    personaId: opt(id),
    segment: opt(z.string()),
    createdAt: time,
    crmContact: opt(z.boolean()),
    crmIds: opt(crmIds),
    deactivated: opt(z.boolean()),
    customFields: opt(customFields),
  })
  .transform((u): User => compact(u));

const event = z
  .object({
    id,
    userId: id,
    ts: time,
    name: z.string().min(1),
    feature: opt(z.string()),
    module: opt(z.string()),
    durationSec: opt(count),
  })
  .transform((e): ActivityEvent => compact(e));

const activityDay = z
  .object({
    userId: id,
    day,
    events: count,
    logins: count,
    durationSec: count,
    features: opt(counts),
    modules: opt(counts),
    names: opt(counts),
  })
  .transform((d): ActivityDay => compact(d));

const note = z
  .object({
    id,
    userId: opt(id),
    accountId: opt(id),
    title: z.string(),
    body: z.string(),
    type: z.string(),
    author: opt(z.string()),
    createdAt: time,
    updatedAt: time,
  })
  .transform((n): Note => compact(n));

const cadence = z
  .object({
    id,
    name: z.string(),
    scope: z.enum(['personal', 'team']),
    tags: opt(z.array(z.string())),
    description: opt(z.string()),
    stepCount: opt(z.number().int().nonnegative()),
  })
  .transform((c): Cadence => compact({ ...c, tags: c.tags ?? [] }));

const enrollment = z
  .object({
    id,
    cadenceId: id,
    userId: id,
    createdAt: time,
    status: z.enum(['active', 'completed', 'stopped']),
    ...enrollmentProgress,
  })
  .transform((e): Enrollment => compact(e));

const role = z
  .object({ id, name: z.string(), description: opt(z.string()) })
  .transform((r): Role => compact(r));

export const entitySchemas = {
  workspace,
  account,
  user,
  event,
  activityDay,
  note,
  cadence,
  enrollment,
  role,
  persona: role,
} as const;

/** Every entity type of the protocol; the extension does not keep tasks locally yet. */
export const wireSchemas = { ...entitySchemas, task } as const;

/** Types the protocol defines that this client reads past without storing or reporting. */
export const NOT_STORED_TYPES: ReadonlySet<string> = new Set(
  Object.keys(wireSchemas).filter((t) => !Object.hasOwn(entitySchemas, t)),
);

export type EntityType = keyof typeof entitySchemas;
export type WireType = keyof typeof wireSchemas;
export type EntityOf<T extends EntityType> = z.output<(typeof entitySchemas)[T]>;

export const envelopeSchema = z.object({
  cursor: z.string(),
  hasMore: z.boolean(),
  changes: z.array(z.unknown()),
  /** About how many changes are left after this page, when the server knows (a hint only). */
  remaining: z.number().int().nonnegative().optional().catch(undefined),
});

export const whoamiSchema = z.object({
  workspace: z.object({ id: z.string(), name: z.string() }),
  user: z.object({ name: z.string(), email: z.string() }),
});
/** Who the API token belongs to, and the workspace it reads. */
export type WhoAmI = z.output<typeof whoamiSchema>;

/** Short, readable reason from a zod error: "user.createdAt: not an ISO 8601 time". */
export function describeIssue(type: string, error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return `${type}: invalid`;
  const path = issue.path.length ? `.${issue.path.join('.')}` : '';
  return `${type}${path}: ${issue.message}`;
}
