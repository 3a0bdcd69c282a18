import 'fake-indexeddb/auto';
import './check-visibility';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// findBy*/waitFor give up after 1 s by default: on a loaded 2-core machine (CI runs two test
// workers beside each other) a Dexie read plus a render can take longer than that. Waiting is
// for a state, never a fixed sleep, so a longer limit only slows a test that is failing anyway.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
});
