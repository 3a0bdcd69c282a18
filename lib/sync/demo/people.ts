import type { CrmIds, CustomFieldValue } from '../../domain/types';
import { DEMO_ACCOUNTS, DEMO_MODULES, type DemoAccount } from './catalog';
import {
  FIRST_NAMES,
  LAST_NAMES,
  PERSONAS_BY_ROLE,
  TIMEZONES_BY_REGION,
  TITLES_BY_ROLE,
} from './names';
import { createRng, type Rng } from './prng';

/** What the generator intends a person to be; the real type is computed from the activity. */
export type DemoKind = 'power' | 'active' | 'inactive' | 'zombie' | 'deactivated';

/** How a person uses the product, in days before the anchor day (the first sync). */
export interface ActivityProfile {
  /** First day with possible activity (days before the anchor). */
  startDaysAgo: number;
  /** Last day with possible activity; 0 = still using the product today. */
  stopDaysAgo: number;
  /** Chance of using the product on a weekday (weekends are much quieter). */
  dayChance: number;
  perDay: [number, number];
  /** Module → weight; favourite modules get most events. */
  moduleWeights: Record<string, number>;
}

export interface DemoPerson {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  account: DemoAccount;
  title: string;
  phone: string;
  timezone: string;
  roleId?: string;
  personaId?: string;
  crmContact: boolean;
  crmIds?: CrmIds;
  customFields: Record<string, CustomFieldValue>;
  kind: DemoKind;
  createdDaysAgo: number;
  profile: ActivityProfile;
}

const KIND_WEIGHTS: readonly (readonly [DemoKind, number])[] = [
  ['power', 7],
  ['active', 62],
  ['inactive', 17],
  ['zombie', 12],
  ['deactivated', 2],
];
const CRM_CONTACT_CHANCE: Record<DemoKind, number> = {
  power: 0.45,
  active: 0.15,
  inactive: 0.2,
  zombie: 0.05,
  deactivated: 0.3,
};

function profileFor(kind: DemoKind, rng: Rng, roleId: string | undefined): ActivityProfile {
  const moduleWeights: Record<string, number> = {};
  for (const m of DEMO_MODULES) moduleWeights[m] = m === 'Admin' ? 0 : 1;
  if (roleId === 'role-admin') moduleWeights.Admin = 3;
  for (let i = 0; i < 2; i++) {
    const fav = rng.pick(DEMO_MODULES.filter((m) => m !== 'Admin'));
    moduleWeights[fav] = (moduleWeights[fav] ?? 1) + 5;
  }
  switch (kind) {
    case 'power':
      return {
        startDaysAgo: rng.int(100, 182),
        stopDaysAgo: 0,
        dayChance: 0.8,
        perDay: [5, 13],
        moduleWeights,
      };
    case 'active':
      return {
        startDaysAgo: rng.int(20, 182),
        stopDaysAgo: 0,
        dayChance: 0.2 + rng.next() * 0.3,
        perDay: [1, 6],
        moduleWeights,
      };
    case 'inactive': {
      const stopDaysAgo = rng.int(35, 140);
      return {
        startDaysAgo: Math.min(182, stopDaysAgo + rng.int(15, 90)),
        stopDaysAgo,
        dayChance: 0.3,
        perDay: [1, 4],
        moduleWeights,
      };
    }
    case 'deactivated': {
      const stopDaysAgo = rng.int(30, 100);
      return {
        startDaysAgo: Math.min(182, stopDaysAgo + rng.int(20, 80)),
        stopDaysAgo,
        dayChance: 0.35,
        perDay: [1, 5],
        moduleWeights,
      };
    }
    case 'zombie':
      return { startDaysAgo: 0, stopDaysAgo: 0, dayChance: 0, perDay: [0, 0], moduleWeights };
  }
}

/** Numbers in ranges reserved for fiction/drama (US 555, UK 020 7946 0xxx), one per person. */
function phoneFor(region: DemoAccount['region'], index: number): string {
  const n = String(index).padStart(3, '0');
  if (region === 'EMEA') return `+44 20 7946 0${n}`;
  if (region === 'APAC') return `+61 2 5550 1${n}`;
  return `+1 555 01${n.slice(-2)} x${n}`;
}

function uniqueEmail(first: string, last: string, domain: string, taken: Set<string>): string {
  const base = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
  let email = `${base}@${domain}`;
  for (let n = 2; taken.has(email); n++) email = `${base}${n}@${domain}`;
  taken.add(email);
  return email;
}

function person(index: number, account: DemoAccount, rng: Rng, taken: Set<string>): DemoPerson {
  let firstName: string = rng.pick(FIRST_NAMES);
  let lastName: string = rng.pick(LAST_NAMES);
  let kind = rng.weighted(KIND_WEIGHTS);
  let crmContact = rng.chance(CRM_CONTACT_CHANCE[kind]);
  // Two fixed people that tests and CRM fixtures rely on.
  if (index === 0) [firstName, lastName, kind, crmContact] = ['Ada', 'Lovelace', 'power', true];
  if (index === 1) [firstName, lastName, kind, crmContact] = ['Grace', 'Hopper', 'inactive', true];
  const roleId = rng.chance(0.9)
    ? rng.weighted<string>([
        ['role-admin', 1],
        ['role-manager', 2],
        ['role-analyst', 3],
        ['role-contributor', 6],
        ['role-viewer', 1],
      ])
    : undefined;
  const personaId =
    roleId && rng.chance(0.85) ? rng.pick(PERSONAS_BY_ROLE[roleId] ?? []) : undefined;
  const profile = profileFor(kind, rng, roleId);
  if (index === 0) Object.assign(profile, { startDaysAgo: 182, dayChance: 1, perDay: [14, 20] });
  if (index === 1) Object.assign(profile, { startDaysAgo: 170, stopDaysAgo: 64, dayChance: 0.6 });
  const id = `u-${String(index + 1).padStart(4, '0')}`;
  const crmIds: CrmIds | undefined = crmContact
    ? {
        hubspot: String(50_000 + index),
        ...(account.crmIds?.salesforce
          ? { salesforce: `003Dm${String(index).padStart(10, '0')}AAA` }
          : {}),
      }
    : undefined;
  const createdDaysAgo =
    kind === 'zombie' ? rng.int(8, 175) : Math.min(200, profile.startDaysAgo + rng.int(0, 20));
  return {
    id,
    firstName,
    lastName,
    email: uniqueEmail(firstName, lastName, account.domain, taken),
    account,
    title: rng.pick(TITLES_BY_ROLE[roleId ?? 'role-contributor'] ?? ['Employee']),
    phone: phoneFor(account.region, index),
    timezone: rng.pick(TIMEZONES_BY_REGION[account.region] ?? ['UTC']),
    ...(roleId ? { roleId } : {}),
    ...(personaId ? { personaId } : {}),
    crmContact,
    ...(crmIds ? { crmIds } : {}),
    customFields: {
      plan: account.plan,
      onboarding_complete: kind !== 'zombie' && rng.chance(0.8),
      nps: kind === 'zombie' || rng.chance(0.4) ? null : rng.int(3, 10),
      region: account.region,
    },
    kind,
    createdDaysAgo,
    profile,
  };
}

/** Every demo person, in a fixed order (u-0001 = Ada Lovelace, u-0002 = Grace Hopper). */
export function buildDemoPeople(): DemoPerson[] {
  const rng = createRng('demo-people-v1');
  const taken = new Set<string>();
  const people: DemoPerson[] = [];
  // Interleave accounts by position so index 0 is in Northwind and index 1 in Contoso.
  const slots: DemoAccount[] = [];
  const maxSize = Math.max(...DEMO_ACCOUNTS.map((a) => a.size));
  for (let i = 0; i < maxSize; i++) for (const a of DEMO_ACCOUNTS) if (i < a.size) slots.push(a);
  slots.forEach((account, index) => {
    people.push(person(index, account, rng, taken));
  });
  return people;
}
