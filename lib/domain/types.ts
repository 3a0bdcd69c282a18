// Entities as the extension stores them. Wire shapes (with nulls and extra fields) are
// validated and normalised into these by lib/protocol/schemas.ts; everything else uses these.

export type Day = string; // YYYY-MM-DD, a calendar day in the workspace timezone

export interface Workspace {
  id: string;
  name: string;
  timezone: string;
  activityWindowDays: number;
  powerUserTopPercent: number;
  activityEvents: string[];
  noteTypes: string[];
  activityGranularity: 'event' | 'day';
  /** Adoption milestones the workspace defines (absent: none). */
  milestones?: AdoptionMilestone[];
  /** Human labels for event names, e.g. `{ widget_added: "Added a widget" }`. */
  eventLabels?: Record<string, string>;
  /** Human labels for custom field names. */
  customFieldLabels?: Record<string, string>;
  /** How the health score is weighted (absent: the client's defaults). */
  health?: HealthSettings;
}

/** The signals of a health score; each weight is relative (they need not add up to 1). */
export type HealthSignal = 'activeDays' | 'trend' | 'breadth' | 'milestones' | 'recency' | 'seats';

/** A workspace's health settings: weights per signal and the score limits of the words. */
export interface HealthSettings {
  weights: Partial<Record<HealthSignal, number>>;
  /** Good at or above `good`; At risk below `atRisk`; Watch in between. */
  thresholds?: { good: number; atRisk: number };
}

export type CrmIds = Record<string, string>;

export interface Account {
  id: string;
  name: string;
  domain?: string;
  licenses?: number;
  crmIds?: CrmIds;
  /** Annual recurring revenue, in `currency` (USD when absent). */
  arr?: number;
  currency?: string;
  plan?: string;
  /** YYYY-MM-DD. */
  renewalDate?: Day;
  /** The team member who owns the account. */
  ownerEmail?: string;
  customFields?: Record<string, CustomFieldValue>;
}

export type CustomFieldValue = string | number | boolean | null;

export interface User {
  id: string;
  email?: string;
  firstName?: string;
  lastName?: string;
  title?: string;
  phone?: string;
  timezone?: string;
  accountId?: string;
  roleId?: string;
  personaId?: string;
  segment?: string;
  createdAt: string;
  crmContact?: boolean;
  crmIds?: CrmIds;
  deactivated?: boolean;
  customFields?: Record<string, CustomFieldValue>;
}

export interface ActivityEvent {
  id: string;
  userId: string;
  ts: string;
  name: string;
  feature?: string;
  module?: string;
  durationSec?: number;
}

/** One user's activity on one calendar day. */
export interface ActivityDay {
  userId: string;
  day: Day;
  /** Every event of the day (after the backend's own filter in `day` granularity). */
  events: number;
  logins: number;
  durationSec: number;
  features?: Record<string, number>;
  modules?: Record<string, number>;
  /** Count per event name; present when derived from raw events, so activity filters apply. */
  names?: Record<string, number>;
}

export interface Note {
  id: string;
  userId?: string;
  accountId?: string;
  title: string;
  body: string;
  type: string;
  author?: string;
  createdAt: string;
  updatedAt: string;
}

export interface Cadence {
  id: string;
  name: string;
  scope: 'personal' | 'team';
  tags: string[];
  description?: string;
  stepCount?: number;
}

export interface Enrollment {
  id: string;
  cadenceId: string;
  userId: string;
  createdAt: string;
  status: 'active' | 'completed' | 'stopped';
  /** 1-based step the person is on, as the sending tool reports it. */
  currentStep?: number;
  nextStepAt?: string;
  lastStepAt?: string;
  /** Email of who enrolled the person. */
  enrolledBy?: string;
}

/** A rep's next step about a person or an account. */
export interface Task {
  id: string;
  title: string;
  /** YYYY-MM-DD, a calendar day in the workspace timezone. */
  dueDate?: Day;
  userId?: string;
  accountId?: string;
  assigneeEmail?: string;
  done: boolean;
  author?: string;
  createdAt: string;
  updatedAt: string;
}

export interface Role {
  id: string;
  name: string;
  description?: string;
}

export type Persona = Role;

export type UserType = 'power' | 'active' | 'influencer' | 'inactive' | 'zombie';

/** Display order and the exact words shown to users. */
export const USER_TYPE_LABELS: Record<UserType, string> = {
  power: 'Power user',
  influencer: 'Influencer',
  active: 'Active',
  inactive: 'Inactive',
  zombie: 'Zombie',
};

export type MilestoneKind = 'inactive' | 'influencer' | 'power';

export interface Milestone {
  day: Day;
  kind: MilestoneKind;
}

/**
 * An adoption milestone: the user did `event` at least `count` times, all time or within one
 * activity window. With roles or personas set it applies only to users holding one of them.
 */
export interface AdoptionMilestone {
  id: string;
  name: string;
  event: string;
  count: number;
  withinWindow: boolean;
  roleIds: string[];
  personaIds: string[];
}

/** The rules in force: the workspace's values with any local overrides applied. */
export interface Definitions {
  timezone: string;
  windowDays: number;
  powerTopPercent: number;
  /** Event names that count as activity; empty = every event. */
  activityEvents: string[];
  /** Optional extra influencer rule: users holding one of these roles/personas also count. */
  influencerRoleIds: string[];
  influencerPersonaIds: string[];
  /** Adoption milestones in force; absent when there are none. */
  milestones?: AdoptionMilestone[];
}
