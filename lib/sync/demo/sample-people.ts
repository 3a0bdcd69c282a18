import { demoPeople } from './feed';
import type { DemoKind } from './people';

/** A demo person as tests and CRM fixtures need them: who, and what they were built to be. */
export interface DemoSamplePerson {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  name: string;
  accountId: string;
  accountName: string;
  kind: DemoKind;
  crmContact: boolean;
  crmIds?: Record<string, string>;
}

// The /*#__PURE__*/ marks let the bundler drop this work from pages that only import an id
// (e.g. DEMO_WORKSPACE_ID through demo-source.ts) and never use the people.
function samplePeople(): DemoSamplePerson[] {
  return demoPeople().map((p) => ({
    id: p.id,
    email: p.email,
    firstName: p.firstName,
    lastName: p.lastName,
    name: `${p.firstName} ${p.lastName}`,
    accountId: p.account.id,
    accountName: p.account.name,
    kind: p.kind,
    crmContact: p.crmContact,
    ...(p.crmIds ? { crmIds: p.crmIds } : {}),
  }));
}

/** Every demo person (300), in id order. Independent of the anchor day. */
export const DEMO_PEOPLE: readonly DemoSamplePerson[] = /*#__PURE__*/ samplePeople();

/**
 * A few people to pick from in tests: Ada Lovelace (Power user + Influencer, Northwind) and
 * Grace Hopper (Inactive, Contoso) always come first; then one of each other kind.
 * `kind` is what the generator built them to be; an "active" person with little activity can
 * occasionally fall outside the window, so assert exact types only on Ada and Grace.
 */
export const DEMO_SAMPLE_PEOPLE: readonly DemoSamplePerson[] =
  /*#__PURE__*/ pickSamples(DEMO_PEOPLE);

function pickSamples(people: readonly DemoSamplePerson[]): DemoSamplePerson[] {
  const firstOf = (kind: DemoKind, crmContact?: boolean) =>
    people.find(
      (p, i) =>
        i > 1 && p.kind === kind && (crmContact === undefined || p.crmContact === crmContact),
    );
  return [
    people[0],
    people[1],
    firstOf('power', false),
    firstOf('active', true),
    firstOf('active', false),
    firstOf('inactive', false),
    firstOf('zombie'),
    firstOf('deactivated'),
  ].filter((p): p is DemoSamplePerson => p !== undefined);
}
