import type { Day, Definitions, UserType } from './types';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * One plain sentence per type saying why the user holds it, e.g. power: "42 activity events in
 * the last 30 days — top 10% of the workspace (threshold 25)"; zombie: "Has an account since
 * 2026-03-02 but has never used the product".
 */
export function explainTypes(input: {
  types: UserType[];
  windowCount: number;
  activeDaysWindow: number;
  lastActiveDay?: Day;
  threshold: number | null;
  /** Active users of the workspace today: in a small one "top 10%" alone misleads. */
  activeUsers?: number;
  defs: Definitions;
  createdOn: Day;
  isCrmContact: boolean;
}): Partial<Record<UserType, string>> {
  const { defs } = input;
  const window = `the last ${plural(defs.windowDays, 'day')}`;
  const events = plural(input.windowCount, 'activity event');
  const out: Partial<Record<UserType, string>> = {};
  for (const type of input.types) {
    switch (type) {
      case 'power':
        out.power = `${events} in ${window} — top ${defs.powerTopPercent}% of the workspace${powerDetail(input.activeUsers, defs.powerTopPercent, input.threshold)}`;
        break;
      case 'influencer':
        out.influencer = input.isCrmContact
          ? `Active in ${window} and a contact in your CRM`
          : `Active in ${window} and holds an influencer role or persona`;
        break;
      case 'active':
        out.active = `${events} on ${plural(input.activeDaysWindow, 'day')} in ${window}`;
        break;
      case 'inactive':
        out.inactive = input.lastActiveDay
          ? `No activity in ${window}; last active on ${input.lastActiveDay}`
          : `No activity in ${window}; has used the product, but never with events that count as activity`;
        break;
      case 'zombie':
        out.zombie = `Has an account since ${input.createdOn} but has never used the product`;
        break;
    }
  }
  return out;
}

/** "'s 8 active users (the top 1; threshold 25)": the rule made concrete for this workspace. */
function powerDetail(activeUsers: number | undefined, percent: number, threshold: number | null) {
  const parts: string[] = [];
  if (activeUsers !== undefined && activeUsers > 0)
    parts.push(`the top ${Math.ceil((activeUsers * percent) / 100)}`);
  if (threshold !== null) parts.push(`threshold ${threshold}`);
  const of =
    activeUsers !== undefined && activeUsers > 0 ? `'s ${plural(activeUsers, 'active user')}` : '';
  return `${of}${parts.length ? ` (${parts.join('; ')})` : ''}`;
}
