import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, unlinkSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Output } from './cli';
import { parseArgs } from './cli-args';

// PGlite is Postgres in one process: a second process opening the same data folder (an admin
// command while the server runs) corrupts it, or never sees what the server wrote. So the
// server, on a PGlite data folder, listens on a Unix socket inside that folder, and an admin
// command finds it there and runs *in the server process*, on the server's own connection.
// Only who can read the data folder can reach the socket (mode 0600), the same people who
// could open the database files anyway. On DATABASE_URL none of this is needed.

/** Over the socket, one JSON line each way per message. */
type Request = { argv: string[]; cwd: string };
type Reply = { out: string } | { err: string } | { code: number };

/**
 * The socket in the data folder; a Unix socket path is limited to ~104 bytes, so a folder
 * deep in the tree gets one in the temp folder named after it instead.
 */
export function adminSocketPath(dataDir: string): string {
  const inFolder = join(resolve(dataDir), 'admin.sock');
  if (Buffer.byteLength(inFolder) <= 100) return inFolder;
  const key = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16);
  return join(tmpdir(), `sync-server-${key}.sock`);
}

/** Connects to the socket; undefined when no server answers there. */
function tryConnect(path: string): Promise<Socket | undefined> {
  return new Promise((done) => {
    if (!existsSync(path)) return done(undefined);
    const socket = connect(path);
    socket.once('connect', () => done(socket));
    socket.once('error', () => done(undefined));
  });
}

/** Import paths are the caller's: made absolute against its working directory. */
function absolutePaths(argv: string[], cwd: string): string[] {
  const { positional } = parseArgs(argv);
  if (positional[0] !== 'import') return argv;
  const files = new Set(positional.slice(2));
  return argv.map((a) => (files.has(a) && !isAbsolute(a) ? resolve(cwd, a) : a));
}

/**
 * Claims the data folder for this server: listens on its admin socket, or throws when another
 * server already answers there (a stale socket from a crash is replaced). `run` executes one
 * command; the returned close() stops listening and removes the socket.
 */
export async function serveAdmin(
  dataDir: string,
  run: (argv: string[], io: Output) => Promise<number>,
): Promise<{ close(): Promise<void> }> {
  const path = adminSocketPath(dataDir);
  mkdirSync(resolve(dataDir), { recursive: true });
  const other = await tryConnect(path);
  if (other) {
    other.destroy();
    throw new Error(
      `Another server is running on ${resolve(dataDir)}; stop it first (one server per data folder).`,
    );
  }
  if (existsSync(path)) unlinkSync(path);
  let queue = Promise.resolve();
  const server: Server = createServer((socket) => {
    const lines = createInterface({ input: socket });
    lines.once('line', (line) => {
      lines.close();
      const send = (reply: Reply) => socket.write(`${JSON.stringify(reply)}\n`);
      // One command at a time, like separate processes taking turns would.
      queue = queue.then(async () => {
        try {
          const req = JSON.parse(line) as Request;
          const io: Output = { out: (out) => send({ out }), err: (err) => send({ err }) };
          send({ code: await run(absolutePaths(req.argv, req.cwd), io) });
        } catch (e) {
          send({ err: e instanceof Error ? e.message : String(e) });
          send({ code: 1 });
        }
        socket.end();
      });
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(path, () => done());
  });
  chmodSync(path, 0o600);
  return {
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        if (existsSync(path)) unlinkSync(path);
      }),
  };
}

/**
 * Runs an admin command in the server that holds this data folder, if one does; returns its
 * exit code, or undefined when no server runs there (the caller opens the folder itself).
 */
export async function forwardToServer(
  dataDir: string,
  argv: string[],
  io: Output,
): Promise<number | undefined> {
  const socket = await tryConnect(adminSocketPath(dataDir));
  if (!socket) return undefined;
  socket.write(`${JSON.stringify({ argv, cwd: process.cwd() } satisfies Request)}\n`);
  let code = 1;
  for await (const line of createInterface({ input: socket })) {
    const reply = JSON.parse(line) as Reply;
    if ('out' in reply) io.out(reply.out);
    else if ('err' in reply) io.err(reply.err);
    else code = reply.code;
  }
  return code;
}
