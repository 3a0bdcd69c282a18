import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureOriginPermission } from '@/lib/platform/permissions';

const DATA = ['personallyIdentifyingInfo', 'personalCommunications', 'authenticationInfo'];

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

  describe('in Firefox', () => {
    // The Firefox manifest declares what may go to the sync server (wxt.config.ts).
    const asFirefox = () =>
      vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
        manifest_version: 3,
        name: 'x',
        version: '1',
        browser_specific_settings: {
          gecko: { data_collection_permissions: { required: ['none'], optional: DATA } },
        },
      } as ReturnType<typeof fakeBrowser.runtime.getManifest>);

    it('asks for the origin and for sending the data to the server, in one prompt', async () => {
      asFirefox();
      const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
      await expect(ensureOriginPermission('https://cs.example.com/api')).resolves.toEqual({
        ok: true,
      });
      expect(request).toHaveBeenCalledWith({
        origins: ['https://cs.example.com/*'],
        data_collection: DATA,
      });
    });

    it('asks for sending the data even to a local server the manifest already allows', async () => {
      asFirefox();
      const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
      const result = await ensureOriginPermission('http://localhost:8787');
      expect(request).toHaveBeenCalledWith({
        origins: [],
        data_collection: DATA,
      });
      expect(result.ok).toBe(false);
    });
  });
});
