/** The data source the user chose (META.sourceConfig: out of reach of content scripts). */
export type SourceConfig =
  | { kind: 'demo' }
  | { kind: 'http'; baseUrl: string; token: string }
  | { kind: 'csv' };

export const DEFAULT_SOURCE: SourceConfig = { kind: 'demo' };
