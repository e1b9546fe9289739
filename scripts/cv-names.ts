/**
 * `npm run cv:names`: the name tagger's cross-validation (train-names.ts
 * --dry) under several seeds, side by side, with their mean and spread.
 *
 * Why: one seed's pooled CV F1 moves by about ±0.007 when the seed (and so
 * the folds and the shuffles) changes, as much as most changes being
 * compared. Judge a change by its paired difference from the shipped
 * settings under the same seeds, not by one run.
 *
 * Usage: `npm run cv:names -- [--seeds 17,18,19] [--jobs 2] [--log-dir DIR] [train-names flags]`,
 * e.g. `npm run cv:names -- --net-hidden 32`. Every other flag goes to each
 * train-names.ts run unchanged. Reads only the train splits; writes nothing
 * but, with --log-dir, each run's whole output (DIR/seed-N.log: the
 * per-group and per-epoch figures behind the summary).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { numberFlag, stringFlag } from './flags.js';

/** What one cross-validation run chose and scored (pooled BTC-H + WNUT-17 PER F1). */
export interface CvResult {
  /** The linear model alone. */
  readonly linear: number;
  /** With the window network (absent with --no-net). */
  readonly net?: number;
  /** The settings chosen, as train-names.ts prints them. */
  readonly settings: string;
}

const LINEAR = /^chosen by cross-validation: (\d+ epochs, PER bias [\d.]+) \(pooled BTC-H \+ WNUT-17 PER F1 ([\d.]+)\)$/m;
const NETWORK = /^chosen by cross-validation: network (\d+ epochs, alpha [\d.]+, PER bias [\d.]+) \(pooled BTC-H \+ WNUT-17 PER F1 ([\d.]+); linear model alone ([\d.]+)\)$/m;

/** The result in a train-names.ts --dry output, or null when it has none (a failed run). */
export function parseCv(output: string): CvResult | null {
  const lin = LINEAR.exec(output);
  if (lin === null) return null;
  const net = NETWORK.exec(output);
  if (net === null) return { linear: Number(lin[2]), settings: lin[1]! };
  return { linear: Number(net[3]), net: Number(net[2]), settings: `linear ${lin[1]}; network ${net[1]}` };
}

/** Mean and sample standard deviation (0 for one value). */
export function meanSd(values: readonly number[]): { mean: number; sd: number } {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const sd = values.length < 2 ? 0 : Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
  return { mean, sd };
}

/** The seeds of a `--seeds` value ("17,18,19"), or an error message. */
export function parseSeeds(text: string): number[] | string {
  const seeds = text.split(',').map((s) => s.trim());
  if (seeds.some((s) => !/^\d{1,9}$/.test(s))) return `--seeds takes whole numbers separated by commas (got "${text}")`;
  const out = seeds.map(Number);
  if (new Set(out).size !== out.length) return `--seeds has a seed twice (got "${text}")`;
  return out;
}

/** Flags of this script, not passed on. */
const OWN = new Set(['--seeds', '--jobs', '--log-dir']);

/** Run train-names.ts --dry with `seed` and `extra` flags; resolves with its output, rejects when it fails. */
function runOne(seed: number, extra: readonly string[]): Promise<string> {
  const script = fileURLToPath(new URL('./train-names.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, '--dry', '--seed', String(seed), ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '', err = '', shown = 0;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    // Progress: the folds as they finish (whole lines only: a chunk may end mid-line).
    const end = out.lastIndexOf('\n') + 1;
    for (const line of out.slice(shown, end).split('\n')) {
      if (/fold \d+ of \d+ done/.test(line)) process.stdout.write(`  seed ${seed}: ${line.trim()}\n`);
      else if (line.startsWith('window network:')) process.stdout.write(`  seed ${seed}: the window network's folds\n`);
    }
    shown = end;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { err += chunk; });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`seed ${seed}: train-names.ts exited with ${code}\n${err.split('\n').slice(-12).join('\n')}`));
    });
  });
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  for (const bad of ['--seed', '--dry']) {
    if (argv.includes(bad)) {
      console.error(`${bad} is set by cv:names for each run: use --seeds 17,18,19`);
      process.exit(2);
    }
  }
  const seeds = parseSeeds(stringFlag('seeds') ?? '17,18,19');
  if (typeof seeds === 'string') { console.error(seeds); process.exit(2); }
  const jobs = numberFlag('jobs', Math.min(2, availableParallelism()));
  if (!Number.isInteger(jobs) || jobs < 1) { console.error(`--jobs needs a whole number from 1 (got ${jobs})`); process.exit(2); }
  const logDir = stringFlag('log-dir');
  if (logDir !== null) mkdirSync(logDir, { recursive: true });
  const extra = argv.filter((a, i) => !OWN.has(a) && !OWN.has(argv[i - 1] ?? ''));
  console.log(`cross-validation of the name tagger, seeds ${seeds.join(', ')}, ${jobs} at a time${extra.length > 0 ? `, flags ${extra.join(' ')}` : ''} (each run takes minutes)`);
  const t0 = Date.now();
  const results = new Map<number, CvResult>();
  const queue = seeds.slice();
  const worker = async (): Promise<void> => {
    for (let seed = queue.shift(); seed !== undefined; seed = queue.shift()) {
      const output = await runOne(seed, extra);
      if (logDir !== null) writeFileSync(join(logDir, `seed-${seed}.log`), output);
      const r = parseCv(output);
      if (r === null) throw new Error(`seed ${seed}: no cross-validation result in train-names.ts output`);
      results.set(seed, r);
      console.log(`seed ${seed} done (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, seeds.length) }, worker));
  console.log('\n  seed  linear  network  chosen');
  for (const seed of seeds) {
    const r = results.get(seed)!;
    console.log(`  ${String(seed).padStart(4)}  ${r.linear.toFixed(3)}   ${r.net === undefined ? '  -  ' : r.net.toFixed(3)}   ${r.settings}`);
  }
  const show = (name: string, values: number[]): void => {
    const { mean, sd } = meanSd(values);
    console.log(`  ${name}: mean ${mean.toFixed(4)}, sd ${sd.toFixed(4)} over ${values.length} seeds`);
  };
  const all = seeds.map((s) => results.get(s)!);
  show('linear model alone', all.map((r) => r.linear));
  if (all.every((r) => r.net !== undefined)) show('with the network', all.map((r) => r.net!));
  console.log('  (pooled BTC-H + WNUT-17 PER F1; compare with the shipped settings under the same seeds)');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: unknown) => {
    console.error((e as Error).message);
    process.exit(1);
  });
}
