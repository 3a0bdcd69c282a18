import type {
  Account,
  ActivityDay,
  ActivityEvent,
  Cadence,
  Day,
  Enrollment,
  Note,
  Persona,
  Role,
  User,
  UserType,
  Workspace,
} from '../domain/types';
import type { Entities, LocalTable, OutboxKindOf } from './entities';

// What the tables hold: the entity plus the keys the client derives for its indexes.

export interface StoredUser extends User {
  /** Normalised email (see lib/domain/email.ts); absent when the user has none. */
  emailKey?: string;
  /** `crm:id` pairs from crmIds, e.g. `hubspot:123`. */
  crmKeys: string[];
  /** Lower-cased search tokens: name words, email and its domain, phone digits (every tail). */
  searchKeys: string[];
}

export interface StoredAccount extends Account {
  domainKey?: string;
  nameKey: string;
  crmKeys: string[];
  /** Name words and domain: search finds the account's users by them. Absent on rows stored
   * before they existed until the schema upgrade adds them. */
  searchKeys?: string[];
}

export type StoredActivityDay = ActivityDay;

/** Per-day workspace power threshold: the k-th highest window count among active users. */
export interface ThresholdRow {
  day: Day;
  threshold: number | null;
  activeUsers: number;
}

/** Derived per-user summary for the window ending today, kept fresh after each sync page. */
export interface UserStats {
  userId: string;
  accountId?: string;
  windowCount: number;
  activeDaysWindow: number;
  everActive: boolean;
  lastActiveDay?: Day;
  types: UserType[];
  /** Would be an influencer when active (kept so a threshold change can reclassify quickly). */
  influencerCandidate?: boolean;
  /** details: the day each adoption milestone was reached (scope applied when read). */
  milestones?: Record<string, Day>;
  /** details: milestones that cannot be known (rollups without per-name counts). */
  milestonesUnknown?: string[];
}

export interface CrmSighting {
  userId: string;
  crm: string;
  recordId?: string;
  seenAt: string;
}

/** `note.put`, `user.patch`, …: one per local write of lib/db/entities.ts. */
export type OutboxKind = OutboxKindOf<Entities>;

export interface OutboxItem {
  seq?: number;
  kind: OutboxKind;
  /** The id of the entity the write touches (used to show "not yet synced" marks). */
  entityId: string;
  method: 'PUT' | 'DELETE' | 'PATCH';
  path: string;
  body?: unknown;
  status: 'pending' | 'failed';
  attempts: number;
  createdAt: string;
  lastError?: string;
}

export interface RejectedRecord {
  id?: number;
  type: string;
  entityId?: string;
  reason: string;
  at: string;
}

/**
 * The server's version of an entity the user has edited locally and not yet pushed. It lets
 * "discard" restore what the server has, and keeps the latest server change that arrived
 * while the local edit was pending. `data` absent = the server has no such entity.
 */
export interface ShadowRow {
  key: string;
  table: LocalTable;
  id: string;
  data?: unknown;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type { Account, ActivityEvent, Cadence, Enrollment, Note, Persona, Role, User, Workspace };
