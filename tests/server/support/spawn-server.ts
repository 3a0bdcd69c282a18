import { type ChildProcess, spawn } from 'node:child_process';

/** The server's entry point from source (tsx), as `npm run server` runs it. */
export const FROM_SOURCE = [process.execPath, '--import', 'tsx', 'lib/server/main.ts'];

/**
 * A server as a child process (by default the real entry point from source; `command` may be
 * the built bundle or `npm run server`), on the given data folder; resolves once it listens.
 */
export async function spawnServer(
  dataDir: string,
  env: Record<string, string> = {},
  args: string[] = [],
  command: string[] = FROM_SOURCE,
) {
  const [file, ...pre] = command as [string, ...string[]];
  const child: ChildProcess = spawn(file, [...pre, '--port', '0', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let pid = 0;
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // The banner: {"msg":"sync server ready","url":…,"pid":…} (pid: the node process serving).
      const m = /"msg":"sync server ready","url":"(http:\/\/[\d.:]+)".*"pid":(\d+)/.exec(output);
      if (m?.[1]) {
        pid = Number(m[2]);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`server exited (${code}) before listening:\n${output}`)),
    );
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return {
    url,
    /** The node process that serves (not npm's, when started through npm). */
    pid,
    output: () => output,
    kill: async (signal: NodeJS.Signals) => {
      child.kill(signal);
      return exited;
    },
  };
}

/** `npm run server -- <args>`: one admin command as its own process, run to its end. */
export async function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'lib/server/main.ts', ...args], {
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  const code = await new Promise<number | null>((r) => child.once('close', (c) => r(c)));
  return { code, stdout, stderr };
}
