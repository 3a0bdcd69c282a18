import type { SourceConfig } from '../domain/source-config';
import { createCsvSource } from './csv-source';
import { createDemoSource } from './demo-source';
import { createHttpSource } from './http-source';
import type { Source } from './source';

/** The Source for the configured kind of data. */
export function createSource(config: SourceConfig): Source {
  switch (config.kind) {
    case 'http':
      return createHttpSource({ baseUrl: config.baseUrl, token: config.token });
    case 'demo':
      return createDemoSource();
    case 'csv':
      return createCsvSource();
  }
}
