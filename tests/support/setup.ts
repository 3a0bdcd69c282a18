import 'fake-indexeddb/auto';
import './check-visibility';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// findBy*/waitFor give up after 1 s by default: on a loaded 2-core machine (CI runs two test
// workers beside each other) a Dexie read plus a render can take longer than that. Waiting is
// for a state, never a fixed sleep, so a longer limit only slows a test that is failing anyway.
configure({ asyncUtilTimeout: 5_000 });

// TEST_NOW=2026-12-08T23:58:00 (local time without a zone) starts every test's clock there
// (Date only; timers stay real and the clock moves on in real time): a test that reads the
// wall clock where it should pin `now` fails at once, not only when CI runs near midnight.
// With TZ=Pacific/Kiritimati (UTC+14) it also finds tests that assume UTC (README, "Set up on a fresh machine").
const startAt = process.env.TEST_NOW ? new Date(process.env.TEST_NOW) : undefined;
if (startAt && Number.isNaN(startAt.getTime()))
  throw new Error(`TEST_NOW=${process.env.TEST_NOW} is not a date`);

beforeEach(() => {
  fakeBrowser.reset();
  if (startAt) {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(startAt);
  }
});

afterEach(() => {
  cleanup();
  if (startAt) vi.useRealTimers();
});
