import { META } from '../db/meta';
import type { SourceConfig } from '../domain/source-config';
import { dexieQuery } from '../query/dexie-query';

/**
 * How many records the demo or CSV source holds written here (notes, enrolments, role and
 * user changes: its ledger, served again after its own data). A sync server holds its own.
 */
export const localLedgerQuery = (kind: SourceConfig['kind']) =>
  dexieQuery({
    key: ['meta', META.localLedgers.prefix, kind],
    tables: ['meta'],
    fn: async () => {
      if (kind === 'http') return 0;
      const ledger = await META.localLedgers.item(kind).get();
      return ledger ? Object.keys(ledger.entries).length : 0;
    },
  });
