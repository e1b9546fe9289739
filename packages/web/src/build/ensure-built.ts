/**
 * `npm start` runs this first (prestart): it builds the web app when
 * packages/web/dist is missing or older than its sources (the app, or the
 * engine it bundles), so `npm start` alone serves an up-to-date app.
 * Prints one line; exits non-zero only if the build fails.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const WEB = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = [join(WEB, 'src'), join(WEB, 'public'), join(WEB, 'index.html'), join(WEB, 'vite.config.ts'), join(WEB, '../engine/src')];

/** Newest modification time (ms) under a file or directory; 0 when it does not exist. */
export function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of readdirSync(path, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    // Tests do not end up in the bundle.
    if (e.isFile() && /\.test\.tsx?$/.test(e.name)) continue;
    newest = Math.max(newest, newestMtime(join(path, e.name)));
  }
  return newest;
}

/** Does the build need redoing? */
export function isStale(builtAt: number, sourceTimes: readonly number[]): boolean {
  return builtAt === 0 || sourceTimes.some((t) => t > builtAt);
}

/** Build if stale; returns what happened. */
export async function ensureBuilt(): Promise<'fresh' | 'built'> {
  const builtAt = newestMtime(join(WEB, 'dist', 'index.html'));
  if (!isStale(builtAt, SOURCES.map(newestMtime))) return 'fresh';
  const { build } = await import('vite');
  await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
  return 'built';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureBuilt().then(
    (r) => process.stdout.write(r === 'built' ? 'Web app built (packages/web/dist).\n' : 'Web app is up to date.\n'),
    (e: unknown) => {
      process.stderr.write(`peel: could not build the web app: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
