import { describe, expectTypeOf, it } from 'vitest';
import type { TableName } from '@/lib/db/database';
import {
  ENTITIES,
  ENTITY_TABLES,
  type EntityRegistry,
  type EntityTableName,
  LOCAL_TABLES,
  type OutboxKindOf,
} from '@/lib/db/entities';
import { FOLD_RULES, type FoldRules } from '@/lib/db/page-fold';
import type { OutboxKind } from '@/lib/db/records';
import { OTHER_TABLE_RESETS, type OtherTableResets } from '@/lib/db/reset-data';
import type { EntityType } from '@/lib/protocol/schemas';

// Adding an entity type to the sync protocol is compiler-guided. `npm run check` (tsc) checks
// this file: each `@ts-expect-error` below is a compile error that a new type `dummy` would
// cause in the real code, naming the place that must handle it. The rest of the places follow
// from the registry by themselves (see ENTITY_TABLES and LOCAL_TABLES below).
//
// After a schema in lib/protocol/schemas.ts, the compiler asks in turn for:
//   1. its entry in ENTITIES (lib/db/entities.ts), with a table the database has;
//   2. that table in UserPageDB (lib/db/database.ts), with a schema version;
//   3. its rule in FOLD_RULES (lib/db/page-fold.ts);
//   4. when the extension writes it locally: the words of its outbox kinds (Record<OutboxKind,
//      …> in lib/options/describe-outbox-item.ts) and its echo in lib/sync/demo/local-echo.ts
//      (an exhaustive switch), besides the write function itself in lib/db.

type WithDummy = EntityType | 'dummy';
const WITH_DUMMY = {
  ...ENTITIES,
  dummy: { table: 'workspace', local: ['put', 'delete'] },
} as const satisfies EntityRegistry<WithDummy>;

describe('the entity registry', () => {
  it('must have an entry for every entity type of the protocol', () => {
    // @ts-expect-error: ENTITIES has no entry for 'dummy'.
    ENTITIES satisfies EntityRegistry<WithDummy>;
  });

  it('must store each entity type in a table of the database', () => {
    // @ts-expect-error: UserPageDB has no table 'dummies'.
    ({ ...ENTITIES, dummy: { table: 'dummies' } }) satisfies EntityRegistry<WithDummy, TableName>;
  });

  it('makes folding a page into the database handle every entity type', () => {
    FOLD_RULES satisfies FoldRules<typeof ENTITIES>;
    // @ts-expect-error: FOLD_RULES has no rule for 'dummy'.
    FOLD_RULES satisfies FoldRules<typeof WITH_DUMMY>;
  });

  it('derives the outbox kinds of the local writes', () => {
    expectTypeOf<OutboxKind>().toEqualTypeOf<
      | 'user.patch'
      | 'user.put'
      | 'note.put'
      | 'note.delete'
      | 'enrollment.put'
      | 'role.put'
      | 'role.delete'
      | 'persona.put'
      | 'persona.delete'
    >();
    // A new locally written type brings its kinds, and every Record<OutboxKind, …> must
    // then name them.
    expectTypeOf<OutboxKindOf<typeof WITH_DUMMY>>().toEqualTypeOf<
      OutboxKind | 'dummy.put' | 'dummy.delete'
    >();
  });

  it('makes a reset decide for every table that holds no entity', () => {
    OTHER_TABLE_RESETS satisfies OtherTableResets<Exclude<TableName, EntityTableName>>;
    // @ts-expect-error: OTHER_TABLE_RESETS does not say what a reset does to 'dummyCache'.
    OTHER_TABLE_RESETS satisfies OtherTableResets<
      Exclude<TableName, EntityTableName> | 'dummyCache'
    >;
  });

  it('lists the tables a reset and the page transaction cover from the registry', () => {
    expectTypeOf(ENTITY_TABLES).toEqualTypeOf<readonly EntityTableName[]>();
    expectTypeOf(LOCAL_TABLES).toEqualTypeOf<
      readonly ('users' | 'notes' | 'enrollments' | 'roles' | 'personas')[]
    >();
  });
});
