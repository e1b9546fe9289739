/** Command-line flags of the repository's scripts (`--name value`). */

/** The number after `--name`, or `fallback` when the flag is absent; exits with a clear message if it is not a number. */
export function numberFlag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (process.argv[i + 1] === undefined || !Number.isFinite(v)) {
    console.error(`--${name} needs a number (got ${process.argv[i + 1] ?? 'nothing'})`);
    process.exit(2);
  }
  return v;
}

/** The word after `--name`, or null when the flag is absent. */
export function stringFlag(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return null;
  const v = process.argv[i + 1];
  if (v === undefined || v.startsWith('--')) {
    console.error(`--${name} needs a value`);
    process.exit(2);
  }
  return v;
}
