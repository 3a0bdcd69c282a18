import { buildOutDir } from '../../lib/domain/build-out-dir';

/** Command-line flags of `npm run bench`. */
export interface BenchArgs {
  quick: boolean;
  users: number;
  events: number;
  /** Repetitions of the sync scenarios (each initial sync uses a fresh browser profile). */
  runs: number;
  /** Samples of the cheap, in-browser scenarios (navigation, panel open, search). */
  samples: number;
  incrementalEvents: number;
  seed: number;
  build: boolean;
  /** Only profile the engine's phases (tests/bench/profile) on the generated workspace. */
  profile: boolean;
  /** Skip the raw pipeline profile (4 minutes at full size) when only the figures are wanted. */
  pipeline: boolean;
  outDir: string;
}

export function parseArgs(argv: string[]): BenchArgs {
  const flag = (name: string) => argv.includes(`--${name}`);
  const num = (name: string): number | undefined => {
    const i = argv.indexOf(`--${name}`);
    if (i < 0) return undefined;
    const v = Number(argv[i + 1]);
    if (!Number.isFinite(v) || v < 0)
      throw new Error(`--${name} needs a number, got "${argv[i + 1]}"`);
    return v;
  };
  const quick = flag('quick');
  return {
    quick,
    users: num('users') ?? (quick ? 1000 : 20_000),
    events: num('events') ?? (quick ? 10_000 : 1_000_000),
    runs: num('runs') ?? (quick ? 2 : 3),
    samples: num('samples') ?? (quick ? 10 : 40),
    incrementalEvents: 1000,
    seed: num('seed') ?? 20261122,
    build: !flag('no-build'),
    profile: flag('profile'),
    pipeline: !flag('no-pipeline'),
    outDir: buildOutDir(process.env.WXT_OUT_DIR, '.output-bench'),
  };
}
