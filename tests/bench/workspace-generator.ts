import { hash32, pick, rng } from './prng';

/**
 * The benchmark workspace: 1 workspace, accounts, users and raw events (event granularity, so
 * the client derives its own daily rollups), produced change by change from a seed. Nothing is
 * held in memory but a list of user indexes: a page of the feed is built on demand.
 */
export interface WorkspaceSpec {
  users: number;
  events: number;
  seed: number;
  /** "Now" of the generated history (ms); every event is before it. */
  anchorMs: number;
}

/** People the CRM fixture pages show: they exist in the workspace with these exact emails. */
export const FIXTURE_PEOPLE = [
  { firstName: 'Ada', lastName: 'Lovelace', email: 'ada.lovelace@northwind.example' },
  { firstName: 'Grace', lastName: 'Hopper', email: 'grace.hopper@contoso.example' },
  { firstName: 'Alan', lastName: 'Turing', email: 'alan.turing@northwind.example' },
  { firstName: 'Katherine', lastName: 'Johnson', email: 'katherine.johnson@contoso.example' },
] as const;

const FIRST = [
  'Mia',
  'Noah',
  'Liam',
  'Emma',
  'Olivia',
  'Lucas',
  'Sofia',
  'Elias',
  'Hana',
  'Omar',
  'Ines',
  'Yuki',
  'Pablo',
  'Zara',
  'Ravi',
  'Lena',
  'Tom',
  'Chloe',
  'Felix',
  'Amara',
];
const LAST = [
  'Schmidt',
  'Garcia',
  'Nguyen',
  'Okafor',
  'Rossi',
  'Kowalski',
  'Tanaka',
  'Silva',
  'Dubois',
  'Jensen',
  'Haddad',
  'Novak',
  'Moreau',
  'Larsen',
  'Patel',
  'Fischer',
  'Costa',
  'Meyer',
  'Ali',
  'Berg',
];
const TITLES = [
  'Analyst',
  'Head of Ops',
  'CFO',
  'Engineer',
  'Team Lead',
  'VP Sales',
  'Controller',
  'Designer',
];
const EVENT_NAMES = [
  'login',
  'report_viewed',
  'dashboard_opened',
  'export_csv',
  'filter_applied',
  'comment_added',
  'invite_sent',
  'search',
];
const FEATURES = [
  'reports',
  'dashboards',
  'exports',
  'filters',
  'comments',
  'invites',
  'search',
  'alerts',
  'api',
  'billing',
  'sso',
  'templates',
];
const MODULES = ['analytics', 'admin', 'collaboration', 'integrations', 'finance'];
const DAY_MS = 86_400_000;
/** Events per session (same user, same day). */
export const SESSION_EVENTS = 8;

export const WORKSPACE_ID = 'bench';
export const TIMEZONE = 'Europe/Berlin';

type Category = 'zombie' | 'inactive' | 'active';

export interface Change {
  type: string;
  op: 'upsert';
  data: Record<string, unknown>;
}

export class WorkspaceGenerator {
  readonly accounts: number;
  private readonly active: number[] = [];
  private readonly inactive: number[] = [];

  constructor(readonly spec: WorkspaceSpec) {
    this.accounts = Math.max(1, Math.floor(spec.users / 20));
    for (let u = 0; u < spec.users; u++) {
      const c = this.category(u);
      if (c === 'active') this.active.push(u);
      else if (c === 'inactive') this.inactive.push(u);
    }
  }

  /** Changes before the events: workspace, accounts, users. */
  get headCount(): number {
    return 1 + this.accounts + this.spec.users;
  }

  get baseCount(): number {
    return this.headCount + this.spec.events;
  }

  category(u: number): Category {
    if (u < FIXTURE_PEOPLE.length) return 'active';
    const h = hash32(this.spec.seed, u) % 100;
    return h < 12 ? 'zombie' : h < 30 ? 'inactive' : 'active';
  }

  /** Change number `i` of the feed; indexes past baseCount are "new" events (incremental sync). */
  changeAt(i: number): Change {
    if (i === 0) return { type: 'workspace', op: 'upsert', data: this.workspace() };
    if (i <= this.accounts) return { type: 'account', op: 'upsert', data: this.account(i - 1) };
    if (i < this.headCount)
      return { type: 'user', op: 'upsert', data: this.user(i - 1 - this.accounts) };
    return { type: 'event', op: 'upsert', data: this.event(i - this.headCount) };
  }

  workspace(): Record<string, unknown> {
    return {
      id: WORKSPACE_ID,
      name: 'Bench Workspace',
      timezone: TIMEZONE,
      activityGranularity: 'event',
    };
  }

  account(a: number): Record<string, unknown> {
    return {
      id: `a${a}`,
      name: `Account ${a}`,
      domain: `account${a}.example`,
      licenses: 10 + (hash32(this.spec.seed + 1, a) % 90),
      crmIds: { hubspot: String(100_000 + a) },
    };
  }

  user(u: number): Record<string, unknown> {
    const r = rng(hash32(this.spec.seed + 2, u));
    const fixture = FIXTURE_PEOPLE[u];
    const firstName = fixture?.firstName ?? pick(FIRST, r());
    const lastName = fixture?.lastName ?? pick(LAST, r());
    const account = u % this.accounts;
    return {
      id: `u${u}`,
      email:
        fixture?.email ?? `${firstName}.${lastName}.${u}@account${account}.example`.toLowerCase(),
      firstName,
      lastName,
      title: pick(TITLES, r()),
      accountId: `a${account}`,
      createdAt: new Date(this.spec.anchorMs - (200 + r() * 400) * DAY_MS).toISOString(),
      crmContact: fixture !== undefined || r() < 0.3,
      crmIds: { hubspot: String(500_000 + u) },
      deactivated: fixture === undefined && r() < 0.02,
      customFields: {
        plan: pick(['Starter', 'Growth', 'Enterprise'], r()),
        seats: 1 + Math.floor(r() * 50),
      },
    };
  }

  /**
   * Event `e`. Events come in sessions of SESSION_EVENTS (one user, one day, minutes apart), as
   * product analytics do: session users are skewed towards a few heavy users, and inactive
   * users only have old sessions. Events past `spec.events` are new (the last few hours).
   */
  event(e: number): Record<string, unknown> {
    const session = Math.floor(e / SESSION_EVENTS);
    const s = rng(hash32(this.spec.seed + 3, session));
    const isNew = e >= this.spec.events;
    const old = !isNew && this.inactive.length > 0 && s() < 0.1;
    const pool = old ? this.inactive : this.active;
    const user = pool[Math.floor(pool.length * s() ** 2.5)] ?? 0;
    const sessionAgeMs = isNew
      ? 3_600_000 + s() * 5 * 3_600_000
      : old
        ? (40 + s() * 80) * DAY_MS
        : 3_600_000 + s() * 120 * DAY_MS;
    const r = rng(hash32(this.spec.seed + 4, e));
    const first = e % SESSION_EVENTS === 0;
    const name = first ? 'login' : pick(EVENT_NAMES, r());
    return {
      id: `e${e}`,
      userId: `u${user}`,
      // Minutes apart inside the session, never past the session's hour.
      ts: new Date(
        this.spec.anchorMs - sessionAgeMs + (e % SESSION_EVENTS) * 300_000,
      ).toISOString(),
      name,
      feature: pick(FEATURES, r()),
      module: pick(MODULES, r()),
      durationSec: Math.floor(r() * 600),
    };
  }

  /** The JSON of changes [from, to) — one page body is built from many small strings. */
  pageJson(from: number, to: number, cursor: string, hasMore: boolean): string {
    const parts: string[] = [];
    for (let i = from; i < to; i++) parts.push(JSON.stringify(this.changeAt(i)));
    return `{"cursor":${JSON.stringify(cursor)},"hasMore":${hasMore},"changes":[${parts.join(',')}]}`;
  }
}
