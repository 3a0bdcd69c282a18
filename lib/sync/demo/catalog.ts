import type { Account, Cadence, Role } from '../../domain/types';

// The fixed parts of the demo workspace. Domains use the reserved `.example` TLD so no demo
// address can ever reach a real person.

export const DEMO_WORKSPACE_ID = 'demo';
export const DEMO_WORKSPACE_NAME = 'Demo workspace';
export const DEMO_TIMEZONE = 'America/New_York';

export interface DemoAccount extends Account {
  domain: string;
  /** How many users the generator puts in this account. */
  size: number;
  segment: 'Enterprise' | 'Mid-market' | 'SMB';
  plan: 'Enterprise' | 'Pro' | 'Starter';
  region: 'NA' | 'EMEA' | 'APAC';
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    id: 'acc-northwind',
    name: 'Northwind Traders',
    domain: 'northwind.example',
    licenses: 80,
    crmIds: { hubspot: '9001', salesforce: '001Dm000001NwTAAA' },
    size: 72,
    segment: 'Enterprise',
    plan: 'Enterprise',
    region: 'NA',
  },
  {
    id: 'acc-contoso',
    name: 'Contoso',
    domain: 'contoso.example',
    licenses: 60,
    crmIds: { hubspot: '9002', salesforce: '001Dm000002CtsAAA' },
    size: 64,
    segment: 'Enterprise',
    plan: 'Enterprise',
    region: 'EMEA',
  },
  {
    id: 'acc-fabrikam',
    name: 'Fabrikam',
    domain: 'fabrikam.example',
    licenses: 50,
    crmIds: { hubspot: '9003', salesforce: '001Dm000003FbkAAA' },
    size: 48,
    segment: 'Mid-market',
    plan: 'Pro',
    region: 'NA',
  },
  {
    id: 'acc-adventure-works',
    name: 'Adventure Works',
    domain: 'adventure-works.example',
    licenses: 45,
    crmIds: { hubspot: '9004', salesforce: '001Dm000004AdwAAA' },
    size: 44,
    segment: 'Mid-market',
    plan: 'Pro',
    region: 'APAC',
  },
  {
    id: 'acc-tailspin',
    name: 'Tailspin Toys',
    domain: 'tailspin.example',
    licenses: 30,
    crmIds: { hubspot: '9005' },
    size: 38,
    segment: 'SMB',
    plan: 'Starter',
    region: 'EMEA',
  },
  {
    id: 'acc-wide-world',
    name: 'Wide World Importers',
    domain: 'wideworld.example',
    licenses: 40,
    crmIds: { hubspot: '9006', salesforce: '001Dm000006WwiAAA' },
    size: 34,
    segment: 'SMB',
    plan: 'Starter',
    region: 'NA',
  },
];

export const DEMO_ROLES: Role[] = [
  { id: 'role-admin', name: 'Admin', description: 'Manages users, permissions and billing.' },
  { id: 'role-manager', name: 'Manager', description: 'Leads a team and reviews its reports.' },
  { id: 'role-analyst', name: 'Analyst', description: 'Builds reports and dashboards.' },
  { id: 'role-contributor', name: 'Contributor', description: 'Works records day to day.' },
  { id: 'role-viewer', name: 'Viewer', description: 'Read-only access to shared dashboards.' },
];

export const DEMO_PERSONAS: Role[] = [
  { id: 'persona-champion', name: 'Champion', description: 'Advocates for us internally.' },
  { id: 'persona-decision-maker', name: 'Decision maker', description: 'Signs off on renewals.' },
  { id: 'persona-economic-buyer', name: 'Economic buyer', description: 'Owns the budget.' },
  {
    id: 'persona-technical-evaluator',
    name: 'Technical evaluator',
    description: 'Judges integrations, security and data quality.',
  },
  { id: 'persona-end-user', name: 'End user', description: 'Uses the product every day.' },
];

export const DEMO_CADENCES: Cadence[] = [
  {
    id: 'cad-onboarding',
    name: 'Onboarding: first 30 days',
    scope: 'team',
    tags: ['onboarding', 'new users'],
    description: 'Welcome email, setup checklist, first-report tutorial and a 30-day check-in.',
    stepCount: 5,
  },
  {
    id: 'cad-win-back',
    name: 'Win back inactive users',
    scope: 'team',
    tags: ['re-engagement', 'inactive'],
    description: 'What is new since they last logged in, plus an offer of a 20-minute refresher.',
    stepCount: 3,
  },
  {
    id: 'cad-renewal',
    name: 'Renewal prep (90 days out)',
    scope: 'team',
    tags: ['renewal', 'account'],
    description: 'Usage recap for the sponsor, then a renewal call invitation.',
    stepCount: 4,
  },
  {
    id: 'cad-exec-qbr',
    name: 'Executive sponsor QBR',
    scope: 'team',
    tags: ['qbr', 'executive'],
    stepCount: 2,
  },
  {
    id: 'cad-champions',
    name: 'My champions check-in',
    scope: 'personal',
    tags: ['champions', 'advocacy'],
    description: 'A short personal note every quarter to the people who speak up for us.',
    stepCount: 3,
  },
  {
    id: 'cad-automation-launch',
    name: 'Automation launch follow-up',
    scope: 'personal',
    tags: ['launch', 'automation'],
    description: 'Invite heavy report users to try scheduled workflows.',
    stepCount: 2,
  },
];

/** Product events: [name, feature, module]. A login is the event named `login`. */
export const DEMO_EVENT_KINDS: readonly (readonly [string, string, string])[] = [
  ['report_viewed', 'Report builder', 'Reports'],
  ['report_scheduled', 'Scheduled reports', 'Reports'],
  ['export_created', 'CSV export', 'Reports'],
  ['dashboard_opened', 'Executive dashboard', 'Dashboards'],
  ['widget_added', 'Dashboard widgets', 'Dashboards'],
  ['record_updated', 'Pipeline board', 'Pipeline'],
  ['deal_stage_changed', 'Deal stages', 'Pipeline'],
  ['workflow_run', 'Workflow builder', 'Automation'],
  ['rule_created', 'Alert rules', 'Automation'],
  ['comment_added', 'Comments', 'Collaboration'],
  ['mention_sent', 'Mentions', 'Collaboration'],
  ['search_performed', 'Global search', 'Search'],
  ['integration_synced', 'Salesforce sync', 'Integrations'],
  ['user_invited', 'User management', 'Admin'],
];

export const DEMO_MODULES = [
  'Reports',
  'Dashboards',
  'Pipeline',
  'Automation',
  'Collaboration',
  'Search',
  'Integrations',
  'Admin',
] as const;
