import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adminSocketPath, forwardToServer, serveAdmin } from '@/lib/server/admin-socket';
import type { Output } from '@/lib/server/cli';

// The admin socket alone (no database): an admin command given while a server holds a PGlite
// folder runs in that server, with its output and exit code carried back.

const root = mkdtempSync(join(tmpdir(), 'admin-socket-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function capture() {
  const lines: string[] = [];
  const io: Output = { out: (t) => lines.push(`out: ${t}`), err: (t) => lines.push(`err: ${t}`) };
  return { io, lines };
}

describe('the admin socket', () => {
  it.each([
    ['a data folder', join(root, 'db')],
    ['a folder too deep for a socket path', join(root, 'x'.repeat(60), 'y'.repeat(60), 'db')],
  ])('carries a command to the server holding %s, and refuses a second server', async (_, dir) => {
    const seen: string[][] = [];
    const admin = await serveAdmin(dir, async (argv, io) => {
      seen.push(argv);
      io.out('done');
      io.err('a warning');
      return argv.includes('fail') ? 3 : 0;
    });
    try {
      expect(existsSync(adminSocketPath(dir))).toBe(true);
      expect(Buffer.byteLength(adminSocketPath(dir))).toBeLessThanOrEqual(100);
      const { io, lines } = capture();
      expect(await forwardToServer(dir, ['import', 'users', 'people.csv'], io)).toBe(0);
      expect(lines).toEqual(['out: done', 'err: a warning']);
      // Paths are the caller's, made absolute for the server.
      expect(seen[0]).toEqual(['import', 'users', resolve('people.csv')]);
      expect(await forwardToServer(dir, ['token', 'fail'], capture().io)).toBe(3);
      await expect(serveAdmin(dir, async () => 0)).rejects.toThrow(/Another server is running/);
    } finally {
      await admin.close();
    }
    expect(existsSync(adminSocketPath(dir))).toBe(false);
    // No server: the command opens the folder itself.
    expect(await forwardToServer(dir, ['token', 'list'], capture().io)).toBeUndefined();
  });
});
