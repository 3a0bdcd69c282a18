import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLocalWrite } from '@/lib/panel/use-local-write';

function listen(): unknown[] {
  const received: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((m: unknown) => {
    received.push(m);
    return Promise.resolve({ ok: true });
  });
  return received;
}

describe('useLocalWrite', () => {
  it('writes, then asks the worker to push', async () => {
    const received = listen();
    const { result } = renderHook(() => useLocalWrite(async (n: number) => n * 2));
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.run(21);
    });
    expect(outcome).toEqual({ ok: true, value: 42 });
    await waitFor(() => expect(received).toEqual([{ type: 'sync/push' }]));
    expect(result.current.pending).toBe(false);
    expect(result.current.error).toBeUndefined();
  });

  it('does not push a write that refused, and leaves the wording to the component', async () => {
    const received = listen();
    const { result } = renderHook(() =>
      useLocalWrite(async () => ({ ok: false as const, reason: 'Already in this cadence' })),
    );
    await act(async () => {
      await result.current.run();
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(received).toEqual([]);
    expect(result.current.error).toBeUndefined();
  });

  it('words a thrown error, and pushes nothing', async () => {
    const received = listen();
    const { result } = renderHook(() =>
      useLocalWrite(
        async () => {
          throw new Error('disk full');
        },
        (message) => `Not saved: ${message}`,
      ),
    );
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.run();
    });
    expect(outcome).toMatchObject({ ok: false, message: 'disk full' });
    expect(result.current.error).toBe('Not saved: disk full');
    expect(result.current.pending).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(received).toEqual([]);
  });
});
