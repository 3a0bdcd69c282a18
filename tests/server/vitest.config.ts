import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The sync server's tests (lib/server): Node, real PostgreSQL (PGlite in memory, and the
// server at TEST_DATABASE_URL when set), the extension's engine against it over HTTP.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    globals: true,
    setupFiles: ['tests/support/setup.ts'],
    include: ['tests/server/**/*.test.ts'],
    // Each file starts its own embedded PostgreSQL: two at a time fit the 2-core CI machine.
    maxWorkers: 2,
    testTimeout: 120_000,
    // Starting PGlite (Postgres in WASM) takes minutes on a loaded 2-core machine.
    hookTimeout: 600_000,
  },
});
