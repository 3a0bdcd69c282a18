import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureOriginPermission } from '@/lib/platform/permissions';

describe('ensureOriginPermission', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('does not ask for the local servers the manifest already allows', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    await expect(ensureOriginPermission('http://127.0.0.1:3000/api')).resolves.toEqual({
      ok: true,
    });
    expect(request).not.toHaveBeenCalled();
  });

  it('asks for the origin of any other server', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    await expect(ensureOriginPermission('https://cs.example.com/api')).resolves.toEqual({
      ok: true,
    });
    expect(request).toHaveBeenCalledWith({ origins: ['https://cs.example.com/*'] });
  });

  it('explains a refusal in plain words', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    const result = await ensureOriginPermission('https://cs.example.com/api');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/Access to cs.example.com was not allowed/);
  });
});
