/** The data source the user chose (kept in IndexedDB meta, out of reach of content scripts). */
export type SourceConfig =
  | { kind: 'demo' }
  | { kind: 'http'; baseUrl: string; token: string }
  | { kind: 'csv' };

export const SOURCE_CONFIG_KEY = 'sourceConfig';
export const DEFAULT_SOURCE: SourceConfig = { kind: 'demo' };
