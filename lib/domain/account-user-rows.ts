import { milestoneAppliesTo } from './adoption-milestones';
import { dayOf } from './time';
import type { AdoptionMilestone, Day, Persona, Role, User, UserType } from './types';

/** One row of the account's users table: the user with the names and stats it shows. */
export interface AccountUserRow {
  id: string;
  name: string;
  email?: string;
  title?: string;
  roleId?: string;
  role?: string;
  personaId?: string;
  persona?: string;
  segment?: string;
  types: UserType[];
  windowCount: number;
  activeDaysWindow: number;
  everActive: boolean;
  lastActiveDay?: Day;
  createdOn: Day;
  /** Lower-cased name, email and title, for the table's search box. */
  searchText: string;
  /** Adoption milestones that concern the user and are known: reached day, or false. */
  milestones?: Record<string, Day | false>;
  /** Names of the milestones reached, in definition order (the table's column). */
  milestonesReached?: string[];
}

export interface AccountUserStats {
  types: UserType[];
  windowCount: number;
  activeDaysWindow: number;
  everActive: boolean;
  lastActiveDay?: Day;
  milestones?: Record<string, Day>;
  milestonesUnknown?: string[];
}

/** Milestone cells of one user: only those that concern them and whose status is known. */
function milestoneCells(
  milestones: readonly AdoptionMilestone[],
  user: User,
  stats: AccountUserStats | undefined,
): Pick<AccountUserRow, 'milestones' | 'milestonesReached'> {
  // No stats yet (or computed before the milestones existed): nothing is known.
  if (milestones.length === 0 || !stats?.milestones) return {};
  const cells: Record<string, Day | false> = {};
  const names: string[] = [];
  for (const m of milestones) {
    if (!milestoneAppliesTo(m, user) || stats.milestonesUnknown?.includes(m.id)) continue;
    const day = stats.milestones[m.id];
    cells[m.id] = day ?? false;
    if (day) names.push(m.name);
  }
  return { milestones: cells, milestonesReached: names };
}

/** Rows for the account's users; deactivated users are not listed (as everywhere else). */
export function accountUserRows(input: {
  users: readonly User[];
  stats: ReadonlyMap<string, AccountUserStats>;
  roles: readonly Role[];
  personas: readonly Persona[];
  timeZone: string;
  /** Adoption milestones in force (none when absent). */
  milestones?: readonly AdoptionMilestone[];
  /** How a user is named everywhere in the panel (see display-name.ts). */
  nameOf(user: User): string;
}): AccountUserRow[] {
  const roleNames = new Map(input.roles.map((r) => [r.id, r.name]));
  const personaNames = new Map(input.personas.map((p) => [p.id, p.name]));
  const rows: AccountUserRow[] = [];
  for (const user of input.users) {
    if (user.deactivated) continue;
    const stats = input.stats.get(user.id);
    const name = input.nameOf(user);
    rows.push({
      id: user.id,
      name,
      email: user.email,
      title: user.title,
      roleId: user.roleId,
      role: user.roleId ? (roleNames.get(user.roleId) ?? user.roleId) : undefined,
      personaId: user.personaId,
      persona: user.personaId ? (personaNames.get(user.personaId) ?? user.personaId) : undefined,
      segment: user.segment,
      types: stats?.types ?? [],
      windowCount: stats?.windowCount ?? 0,
      activeDaysWindow: stats?.activeDaysWindow ?? 0,
      everActive: stats?.everActive ?? false,
      lastActiveDay: stats?.lastActiveDay,
      createdOn: safeDay(user.createdAt, input.timeZone),
      searchText: [name, user.email, user.title].filter(Boolean).join(' ').toLowerCase(),
      ...milestoneCells(input.milestones ?? [], user, stats),
    });
  }
  return rows;
}

function safeDay(ts: string, timeZone: string): Day {
  try {
    return dayOf(ts, timeZone);
  } catch {
    return ts.slice(0, 10);
  }
}
