import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setDb, UserPageDB } from '@/lib/db/database';
import { useHomeKeptReady } from '@/lib/panel/use-home-kept-ready';
import { definitionsQuery } from '@/lib/panel/workspace-queries';

// The home's read-ahead: a Home click soon after the panel opens must find the read already
// started, so it starts at the first idle moment, not after a fixed delay.

function ReadAhead() {
  useHomeKeptReady();
  return null;
}

let idle: (() => void) | undefined;
beforeEach(() => {
  setDb(new UserPageDB(`test-${crypto.randomUUID()}`));
  idle = undefined;
  vi.stubGlobal(
    'requestIdleCallback',
    vi.fn((cb: () => void) => {
      idle = cb;
      return 1;
    }),
  );
  vi.stubGlobal('cancelIdleCallback', vi.fn());
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  cleanup(); // before the idle callback stubs go
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the home read-ahead', () => {
  it('starts at the first idle moment after the panel opens, with no fixed wait before', () => {
    const client = new QueryClient();
    render(
      <QueryClientProvider client={client}>
        <ReadAhead />
      </QueryClientProvider>,
    );
    // No timer has run: only the browser's idle callback stands between opening and the read.
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 1_000 });
    const read = () => client.getQueryState(definitionsQuery().queryKey);
    expect(read()?.dataUpdateCount ?? 0).toBe(0);
    idle?.();
    return vi.waitFor(() => expect(read()?.dataUpdateCount).toBeGreaterThan(0));
  });
});
