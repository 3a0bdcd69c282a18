import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { CHROMIUM } from '../e2e/harness/browser';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGB: number;
  chromium: string;
  node: string;
  platform: string;
  date: string;
}

export function describeMachine(): Machine {
  let chromium = 'unknown';
  try {
    chromium =
      execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim().split(' built')[0] ??
      chromium;
  } catch {
    chromium = `not found at ${CHROMIUM}`;
  }
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    chromium,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
  };
}
