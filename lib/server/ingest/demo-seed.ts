import { addDays } from '../../domain/time';
import type { Day } from '../../domain/types';
import { buildDemoFeed, demoEvents } from '../../sync/demo/feed';
import type { Database } from '../db/driver';
import { applyChanges, type WireChange } from './apply-changes';

// `--seed demo`: the extension's demo workspace, loaded once per database. Its anchor day (the
// day it was first loaded) is kept in meta, like the extension's demo source keeps it in its
// cursor: a later start with --seed demo only adds the days of activity since the last one
// (the demo people keep going), and never rewrites what reps have edited meanwhile.

export interface SeedOutcome {
  /** True on the first load; false when the demo was already there and only topped up. */
  loaded: boolean;
  anchor: Day;
  written: number;
}

async function meta(db: Database, key: string): Promise<string | undefined> {
  return (await db.query<{ value: string }>('SELECT value FROM meta WHERE key = $1', [key]))[0]
    ?.value;
}

async function setMeta(db: Database, key: string, value: string): Promise<void> {
  await db.query(
    `INSERT INTO meta (key, value) VALUES ($1, $2)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    [key, value],
  );
}

export async function seedDemo(db: Database, today: Day): Promise<SeedOutcome> {
  // The anchor is written first: a load cut short is redone on the same anchor (idempotent).
  const stored = await meta(db, 'demoAnchor');
  const anchor = stored ?? today;
  if (!stored) await setMeta(db, 'demoAnchor', anchor);
  const through = await meta(db, 'demoThrough');
  if (!through) {
    const outcome = await applyChanges(db, buildDemoFeed(anchor) as WireChange[]);
    await setMeta(db, 'demoThrough', addDays(anchor, -1));
    return { loaded: true, anchor, written: outcome.written };
  }
  const yesterday = addDays(today, -1);
  if (yesterday <= through) return { loaded: false, anchor, written: 0 };
  const events = demoEvents(addDays(through, 1), yesterday, anchor).map(
    (data): WireChange => ({ type: 'event', op: 'upsert', data }),
  );
  const outcome = await applyChanges(db, events);
  await setMeta(db, 'demoThrough', yesterday);
  return { loaded: false, anchor, written: outcome.written };
}
