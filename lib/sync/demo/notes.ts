import type { Day, Note } from '../../domain/types';
import { DEMO_ACCOUNTS } from './catalog';
import { isoAt, shiftDay } from './days';
import type { DemoPerson } from './people';
import { createRng, type Rng } from './prng';

const AUTHORS = ['Maya Chen', 'Tom Becker', 'Priya Nair', 'Jordan Ellis'] as const;

type Template = (p: DemoPerson, rng: Rng) => Pick<Note, 'type' | 'title' | 'body'>;

const PERSON_TEMPLATES: Template[] = [
  (p) => ({
    type: 'Call',
    title: `Check-in call with ${p.firstName}`,
    body: `${p.firstName} walked us through how the team at ${p.account.name} uses reports. Wants scheduled exports to land in a shared drive.\nNext step: send the integration guide.`,
  }),
  (p, rng) => ({
    type: 'Meeting',
    title: 'Onboarding session',
    body: `Ran a 45-minute onboarding for ${p.firstName}'s team (${rng.int(3, 9)} attendees). Covered dashboards and the pipeline board; follow-up on automation in two weeks.`,
  }),
  (p, rng) => ({
    type: 'Email',
    title: 'Re: renewal timeline',
    body: `${p.firstName} confirmed procurement needs the renewal quote by the end of the quarter. Sent pricing for ${rng.int(20, 90)} seats.`,
  }),
  (p) => ({
    type: 'General',
    title: 'Prefers async updates',
    body: `${p.firstName} prefers email over calls; best reached on Tuesday mornings (${p.timezone}).`,
  }),
  (p, rng) => ({
    type: 'General',
    title: 'Feature request: bulk edit',
    body: `${p.firstName} asked for bulk edit in the pipeline board ("we update 200 deals every Monday"). Logged as FR-${rng.int(1000, 1999)}.`,
  }),
  (p) => ({
    type: 'Call',
    title: 'Escalation: duplicated records after sync',
    body: `${p.firstName} reported duplicates after the Salesforce sync. Support ticket opened, workaround shared (re-run the sync with "merge by email").`,
  }),
  (p) => ({
    type: 'Meeting',
    title: 'Executive sponsor intro',
    body: `Met ${p.firstName} with the account team. Priorities this year: forecast accuracy and fewer spreadsheets. Open to a case study.`,
  }),
];

function note(
  id: string,
  day: Day,
  rng: Rng,
  fields: Omit<Note, 'id' | 'createdAt' | 'updatedAt' | 'author'>,
): Note {
  const createdAt = isoAt(day, rng.int(13, 20), rng.int(0, 59));
  const edited = rng.chance(0.2) ? isoAt(day, 21, rng.int(0, 59)) : createdAt;
  return { id, ...fields, author: rng.pick(AUTHORS), createdAt, updatedAt: edited };
}

/** Notes on people (mostly engaged ones) and on accounts, dated before the anchor day. */
export function buildDemoNotes(people: DemoPerson[], anchor: Day): Note[] {
  const rng = createRng('demo-notes-v1');
  const notes: Note[] = [];
  const nextId = () => `note-${String(notes.length + 1).padStart(3, '0')}`;
  const [ada] = people;
  if (ada) {
    notes.push(
      note(nextId(), shiftDay(anchor, -12), rng, {
        userId: ada.id,
        accountId: ada.account.id,
        type: 'QBR',
        title: `Q${rng.int(1, 4)} business review — ${ada.account.name}`,
        body: "Ada presented her team's automation results: 14 workflows live, 6 hours a week saved.\nShe offered to speak at the customer summit.",
      }),
    );
  }
  for (const p of people) {
    const engaged = p.kind === 'power' || p.crmContact;
    if (p.kind === 'zombie' || !rng.chance(engaged ? 0.55 : 0.08)) continue;
    const count = engaged ? rng.int(1, 3) : 1;
    for (let i = 0; i < count; i++) {
      const day = shiftDay(
        anchor,
        -rng.int(Math.max(1, p.profile.stopDaysAgo), Math.max(2, p.createdDaysAgo)),
      );
      notes.push(
        note(nextId(), day, rng, {
          userId: p.id,
          accountId: p.account.id,
          ...rng.pick(PERSON_TEMPLATES)(p, rng),
        }),
      );
    }
  }
  for (const a of DEMO_ACCOUNTS) {
    notes.push(
      note(nextId(), shiftDay(anchor, -rng.int(20, 90)), rng, {
        accountId: a.id,
        type: 'QBR',
        title: `Quarterly review — ${a.name}`,
        body: `${a.licenses} seats, renewal in ${rng.int(2, 11)} months. Adoption steady; agreed to run an automation workshop for the ${a.segment.toLowerCase()} team.`,
      }),
    );
    notes.push(
      note(nextId(), shiftDay(anchor, -rng.int(1, 30)), rng, {
        accountId: a.id,
        type: 'General',
        title: 'Account plan',
        body: `Goals for ${a.name}: grow active users, find a second champion, prepare the renewal case.`,
      }),
    );
  }
  return notes;
}
