import { defineConfig } from 'vitest/config';

// End-to-end tests of the Firefox build (.output/firefox-mv3) in real Firefox ESR over
// WebDriver BiDi. One browser at a time: the CI machine has two cores.
export default defineConfig({
  resolve: { alias: { '@': new URL('../..', import.meta.url).pathname } },
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
