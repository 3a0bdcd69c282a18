import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setDb, UserPageDB } from '@/lib/db/database';
import { resetPanelStore, usePanelStore } from '@/lib/panel/panel-store';
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
  resetPanelStore();
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
  it('starts at the first idle moment once the panel shows its page, with no fixed wait', () => {
    const client = new QueryClient();
    // The panel shows what it opened for, and no read is in flight: the panel is idle.
    usePanelStore.setState({ detectionLoaded: true });
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

  it('waits while the panel has not shown its page yet, at most a second', () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <ReadAhead />
      </QueryClientProvider>,
    );
    expect(requestIdleCallback).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(requestIdleCallback).toHaveBeenCalledTimes(1);
  });
});
