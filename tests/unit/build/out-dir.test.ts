// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildOutDir } from '@/lib/domain/build-out-dir';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('WXT_OUT_DIR', () => {
  it('unset, empty or blank means the default folder, never the repository root', () => {
    expect(buildOutDir(undefined, '.output')).toBe('.output');
    expect(buildOutDir('', '.output')).toBe('.output');
    expect(buildOutDir('  ', '.output')).toBe('.output');
    expect(buildOutDir('.output-bench', '.output')).toBe('.output-bench');
  });

  it.each([
    ['', '.output'],
    ['.output-x', '.output-x'],
  ])('the build config builds WXT_OUT_DIR=%j into %s', async (value, outDir) => {
    vi.stubEnv('WXT_OUT_DIR', value);
    const { default: config } = await import('@/wxt.config');
    expect(config.outDir).toBe(outDir);
  });
});
