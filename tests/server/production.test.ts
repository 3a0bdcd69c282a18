import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '@/lib/server/server';
import { BACKENDS, openTestDatabase, type TestDatabase } from './support/databases';
import { spawnServer } from './support/spawn-server';

// Production: `npm run build:server` makes one plain JavaScript file that `node` runs (no tsx),
// and SIGTERM stops it gracefully. In development, SIGTERM to `npm run server` leaves no
// server behind (npm used to exit while the node process kept the port and the data folder).

const BUNDLE = '.output-server/server.mjs';
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'server-prod-'));
  dirs.push(dir);
  return dir;
};
beforeAll(() => {
  execFileSync('npm', ['run', '--silent', 'build:server'], { stdio: 'ignore' });
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe.each(BACKENDS)('the built server on %s', (kind) => {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    if (kind === 'postgres') database = await openTestDatabase(kind);
  });
  afterAll(() => database?.drop());

  it('runs under plain node from the bundle and stops gracefully on SIGTERM', async () => {
    expect(readFileSync(BUNDLE, 'utf8')).not.toMatch(/from ["']tsx/);
    const dir = tempDir();
    const env: Record<string, string> = database?.url ? { DATABASE_URL: database.url } : {};
    const server = await spawnServer(dir, env, [], [process.execPath, BUNDLE]);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    // PGlite stays one process: a second server on the same folder is refused.
    if (kind === 'pglite')
      await expect(spawnServer(dir, env, [], [process.execPath, BUNDLE])).rejects.toThrow(
        /Another server is running/,
      );
    expect(await server.kill('SIGTERM')).toBe(0);
    const lines = server
      .output()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string; signal?: string });
    expect(lines[0]?.msg).toBe('listening');
    expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
    if (kind === 'pglite') {
      // Closed cleanly: the folder opens again, in this process.
      const db = await prepareDatabase({ dataDir: dir });
      await db.close();
    }
  });
});

describe('npm run server (development)', () => {
  it('leaves no node process running after SIGTERM to npm', async () => {
    const server = await spawnServer(tempDir(), {}, [], ['npm', 'run', '--silent', 'server', '--']);
    expect(server.pid).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    await server.kill('SIGTERM');
    for (let i = 0; i < 100 && alive(server.pid); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive(server.pid)).toBe(false);
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  });
});
