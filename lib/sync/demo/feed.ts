import type { Account, ActivityEvent, Day, User, Workspace } from '../../domain/types';
import { upsert, type WireChange } from '../../protocol/wire-change';
import { demoAccountFacts } from './account-facts';
import { eventsForDay } from './activity';
import {
  DEMO_ACCOUNTS,
  DEMO_CADENCES,
  DEMO_PERSONAS,
  DEMO_ROLES,
  DEMO_TIMEZONE,
  DEMO_WORKSPACE_ID,
  DEMO_WORKSPACE_NAME,
} from './catalog';
import { isoAt, shiftDay } from './days';
import { buildDemoEnrollments } from './enrollments';
import { buildDemoNotes } from './notes';
import { buildDemoPeople, type DemoPerson } from './people';

/** How far back the demo activity goes from the anchor day (about six months). */
const DEMO_HISTORY_DAYS = 182;

const DEMO_WORKSPACE: Workspace = {
  id: DEMO_WORKSPACE_ID,
  name: DEMO_WORKSPACE_NAME,
  timezone: DEMO_TIMEZONE,
  activityWindowDays: 30,
  powerUserTopPercent: 10,
  activityEvents: [],
  noteTypes: ['General', 'Call', 'Meeting', 'Email', 'QBR'],
  activityGranularity: 'event',
};

let people: DemoPerson[] | undefined;
/** The demo people, built once per context (they do not depend on the anchor day). */
export function demoPeople(): DemoPerson[] {
  people ??= buildDemoPeople();
  return people;
}

function demoUser(p: DemoPerson, anchor: Day): User {
  return {
    id: p.id,
    email: p.email,
    firstName: p.firstName,
    lastName: p.lastName,
    title: p.title,
    phone: p.phone,
    timezone: p.timezone,
    accountId: p.account.id,
    ...(p.roleId ? { roleId: p.roleId } : {}),
    ...(p.personaId ? { personaId: p.personaId } : {}),
    segment: p.account.segment,
    createdAt: isoAt(shiftDay(anchor, -p.createdDaysAgo), 14, 0),
    crmContact: p.crmContact,
    ...(p.crmIds ? { crmIds: p.crmIds } : {}),
    ...(p.kind === 'deactivated' ? { deactivated: true } : {}),
    customFields: p.customFields,
  };
}

function account(a: (typeof DEMO_ACCOUNTS)[number], anchor: Day): Account {
  return {
    id: a.id,
    name: a.name,
    domain: a.domain,
    ...(a.licenses ? { licenses: a.licenses } : {}),
    ...(a.crmIds ? { crmIds: a.crmIds } : {}),
    ...demoAccountFacts(a.id, a.plan, anchor),
  };
}

/** Every person's events on the days [from, through], day by day (chronological). */
export function demoEvents(from: Day, through: Day, anchor: Day): ActivityEvent[] {
  const out: ActivityEvent[] = [];
  for (let day = from; day <= through; day = shiftDay(day, 1))
    for (const p of demoPeople()) for (const e of eventsForDay(p, day, anchor)) out.push(e);
  return out;
}

/**
 * The whole demo workspace as one ordered change feed for the given anchor day (the day of
 * the first sync): entities first so events find their users, then six months of events up
 * to the day before the anchor (all already in the past), then notes and enrolments.
 */
export function buildDemoFeed(anchor: Day): WireChange[] {
  const all = demoPeople();
  const changes: WireChange[] = [upsert('workspace', DEMO_WORKSPACE)];
  for (const r of DEMO_ROLES) changes.push(upsert('role', r));
  for (const p of DEMO_PERSONAS) changes.push(upsert('persona', p));
  for (const a of DEMO_ACCOUNTS) changes.push(upsert('account', account(a, anchor)));
  for (const c of DEMO_CADENCES) changes.push(upsert('cadence', c));
  for (const p of all) changes.push(upsert('user', demoUser(p, anchor)));
  for (const e of demoEvents(shiftDay(anchor, -DEMO_HISTORY_DAYS), shiftDay(anchor, -1), anchor))
    changes.push(upsert('event', e));
  for (const n of buildDemoNotes(all, anchor)) changes.push(upsert('note', n));
  for (const e of buildDemoEnrollments(all, anchor)) changes.push(upsert('enrollment', e));
  return changes;
}
