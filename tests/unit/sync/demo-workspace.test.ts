import { beforeAll, describe, expect, it } from 'vitest';
import { definitionsFrom } from '@/lib/domain/definitions';
import { rollupEvents } from '@/lib/domain/rollups';
import type { ActivityDay, ActivityEvent, User, UserType, Workspace } from '@/lib/domain/types';
import { classifyWorkspace, type UserClassification } from '@/lib/domain/user-types';
import { parseChange } from '@/lib/protocol/change';
import { createDemoSource, DEMO_PEOPLE, DEMO_SAMPLE_PEOPLE } from '@/lib/sync/demo-source';
import { clockAt, pullAll, upserts } from './demo-helpers';

const FIRST_SYNC = '2026-11-22T15:30:00Z';
let changes: unknown[];
let classes: Map<string, UserClassification>;

beforeAll(async () => {
  ({ changes } = await pullAll(createDemoSource(clockAt(FIRST_SYNC))));
  const [ws] = upserts(changes, 'workspace') as unknown as Workspace[];
  const defs = definitionsFrom(ws);
  const users = upserts(changes, 'user') as unknown as User[];
  const rollups = rollupEvents(
    upserts(changes, 'event') as unknown as ActivityEvent[],
    defs.timezone,
  );
  const rollupsByUser = new Map<string, ActivityDay[]>();
  for (const r of rollups) rollupsByUser.set(r.userId, [...(rollupsByUser.get(r.userId) ?? []), r]);
  classes = classifyWorkspace({
    users,
    rollupsByUser,
    seenInCrm: new Set(),
    defs,
    now: new Date(FIRST_SYNC),
  });
});

const typesOf = (id: string | undefined) => classes.get(id ?? '')?.types ?? [];

describe('the demo workspace', () => {
  it('is valid per the protocol: every change passes the wire schemas', () => {
    const rejected = changes.map(parseChange).filter((p) => !p.ok);
    expect(rejected).toEqual([]);
  });

  it('says it is a demo, with ~300 users in six accounts', () => {
    const [ws] = upserts(changes, 'workspace');
    expect(ws).toMatchObject({ id: 'demo', name: 'Demo workspace', activityGranularity: 'event' });
    expect(upserts(changes, 'user')).toHaveLength(300);
    expect(upserts(changes, 'account')).toHaveLength(6);
    expect(upserts(changes, 'role').length).toBeGreaterThanOrEqual(4);
    expect(upserts(changes, 'persona').length).toBeGreaterThanOrEqual(4);
  });

  it('has the accounts the CRM fixtures rely on', () => {
    const accounts = upserts(changes, 'account');
    expect(accounts).toContainEqual({
      id: 'acc-northwind',
      name: 'Northwind Traders',
      domain: 'northwind.example',
      licenses: 80,
      crmIds: { hubspot: '9001', salesforce: '001Dm000001NwTAAA' },
      plan: 'Enterprise',
      arr: 184000,
      currency: 'USD',
      // 42 days after the anchor (the first sync's day in New York).
      renewalDate: '2027-01-03',
      ownerEmail: 'dana.reyes@ourteam.example',
    });
    for (const a of accounts)
      expect(Object.keys(a)).toEqual(
        expect.arrayContaining(['arr', 'currency', 'plan', 'renewalDate', 'ownerEmail']),
      );
    expect(accounts.find((a) => a.name === 'Contoso')).toMatchObject({
      domain: 'contoso.example',
      crmIds: { hubspot: '9002', salesforce: '001Dm000002CtsAAA' },
    });
  });

  it('represents every user type, with a handful of deactivated users', () => {
    const count = (t: UserType) => [...classes.values()].filter((c) => c.types.includes(t)).length;
    expect(count('power')).toBeGreaterThanOrEqual(10);
    expect(count('influencer')).toBeGreaterThanOrEqual(10);
    expect(count('active')).toBeGreaterThanOrEqual(120);
    expect(count('inactive')).toBeGreaterThanOrEqual(20);
    expect(count('zombie')).toBeGreaterThanOrEqual(15);
    const deactivated = upserts(changes, 'user').filter((u) => u.deactivated === true);
    expect(deactivated.length).toBeGreaterThanOrEqual(2);
    expect(deactivated.length).toBeLessThanOrEqual(15);
  });

  it('makes Ada Lovelace a Power user and Influencer, and Grace Hopper Inactive', () => {
    const [ada, grace] = DEMO_SAMPLE_PEOPLE;
    expect(ada).toMatchObject({
      name: 'Ada Lovelace',
      email: 'ada.lovelace@northwind.example',
      accountName: 'Northwind Traders',
    });
    expect(grace).toMatchObject({
      name: 'Grace Hopper',
      email: 'grace.hopper@contoso.example',
      accountName: 'Contoso',
    });
    expect(typesOf(ada?.id)).toEqual(expect.arrayContaining(['power', 'influencer', 'active']));
    expect(typesOf(grace?.id)).toEqual(['inactive']);
  });

  it('exports sample people whose built kind matches their computed type', () => {
    expect(DEMO_PEOPLE).toHaveLength(300);
    expect(new Set(DEMO_PEOPLE.map((p) => p.email)).size).toBe(300);
    const kinds = new Set(DEMO_SAMPLE_PEOPLE.map((p) => p.kind));
    expect(kinds).toEqual(new Set(['power', 'active', 'inactive', 'zombie', 'deactivated']));
    for (const p of DEMO_SAMPLE_PEOPLE) {
      if (p.kind === 'deactivated') expect(classes.has(p.id)).toBe(false);
      else if (p.kind === 'power') expect(typesOf(p.id)).toContain('active');
      else expect(typesOf(p.id)).toContain(p.kind);
    }
  });

  it('has months of activity with features, modules, durations and logins', () => {
    const events = upserts(changes, 'event');
    const days = new Set(events.map((e) => String(e.ts).slice(0, 10)));
    expect(days.size).toBeGreaterThan(150);
    expect(events.filter((e) => e.name === 'login').length).toBeGreaterThan(1000);
    expect(new Set(events.map((e) => e.module).filter(Boolean)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(events.map((e) => e.feature).filter(Boolean)).size).toBeGreaterThanOrEqual(10);
    expect(events.every((e) => typeof e.durationSec === 'number')).toBe(true);
  });

  it('has notes of several types, personal and team cadences with tags, and enrolments', () => {
    const notes = upserts(changes, 'note');
    expect(new Set(notes.map((n) => n.type)).size).toBeGreaterThanOrEqual(4);
    expect(notes.some((n) => n.userId === undefined && n.accountId)).toBe(true);
    const cadences = upserts(changes, 'cadence');
    expect(new Set(cadences.map((c) => c.scope))).toEqual(new Set(['personal', 'team']));
    expect(cadences.every((c) => Array.isArray(c.tags) && c.tags.length > 0)).toBe(true);
    const enrollments = upserts(changes, 'enrollment');
    expect(enrollments.length).toBeGreaterThan(10);
    const cadenceIds = new Set(cadences.map((c) => c.id));
    const userIds = new Set(upserts(changes, 'user').map((u) => u.id));
    for (const e of enrollments) {
      expect(cadenceIds.has(String(e.cadenceId))).toBe(true);
      expect(userIds.has(String(e.userId))).toBe(true);
    }
  });

  it('has users with titles, phones, timezones, segments, roles, personas and custom fields', () => {
    const users = upserts(changes, 'user');
    for (const u of users) {
      expect(u).toMatchObject({
        email: expect.any(String),
        title: expect.any(String),
        phone: expect.any(String),
        timezone: expect.any(String),
        segment: expect.any(String),
      });
      expect(u.customFields).toMatchObject({ plan: expect.any(String) });
    }
    expect(users.filter((u) => u.roleId).length).toBeGreaterThan(200);
    expect(users.filter((u) => u.personaId).length).toBeGreaterThan(150);
  });
});
