import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

// A virtual X display whose screen is also a file (Xvfb -fbdir, XWD format), so a picture of
// the whole browser window, its own sidebar included, can be taken without any X tool.

export interface VirtualDisplay {
  display: string;
  /** The screen as a PNG. */
  capture(): Buffer;
  close(): void;
}

export async function startXvfb(width = 1280, height = 800): Promise<VirtualDisplay> {
  const dir = mkdtempSync(join(tmpdir(), 'xvfb-'));
  // A display number unlikely to be taken by another run on this machine.
  const number = 90 + Math.floor(Math.random() * 400);
  const proc: ChildProcess = spawn(
    '/usr/bin/Xvfb',
    [`:${number}`, '-screen', '0', `${width}x${height}x24`, '-fbdir', dir, '-nolisten', 'tcp'],
    { stdio: 'ignore' },
  );
  const file = join(dir, 'Xvfb_screen0');
  for (let i = 0; i < 50 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
  if (!existsSync(file)) throw new Error('Xvfb did not start');
  return {
    display: `:${number}`,
    capture: () => xwdToPng(readFileSync(file)),
    close() {
      proc.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Converts Xvfb's 24/32-bit ZPixmap XWD screen dump to an RGB PNG. */
function xwdToPng(xwd: Buffer): Buffer {
  const headerSize = xwd.readUInt32BE(0);
  const width = xwd.readUInt32BE(16);
  const height = xwd.readUInt32BE(20);
  const byteOrder = xwd.readUInt32BE(28); // 0: LSB first
  const bitsPerPixel = xwd.readUInt32BE(44);
  const bytesPerLine = xwd.readUInt32BE(48);
  const colormapEntries = xwd.readUInt32BE(76);
  if (bitsPerPixel !== 32) throw new Error(`Unsupported XWD depth: ${bitsPerPixel} bpp`);
  const start = headerSize + colormapEntries * 12;
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0; // PNG filter: none
    for (let x = 0; x < width; x++) {
      const at = start + y * bytesPerLine + x * 4;
      const pixel = byteOrder === 0 ? xwd.readUInt32LE(at) : xwd.readUInt32BE(at);
      const o = y * (width * 3 + 1) + 1 + x * 3;
      raw[o] = (pixel >> 16) & 0xff;
      raw[o + 1] = (pixel >> 8) & 0xff;
      raw[o + 2] = pixel & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
