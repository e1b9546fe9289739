/** `peel db migrate`: create or update the database schema. */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import type { CliIO } from '../io.js';

/** Options every database command takes. */
export const DB_OPTIONS = {
  'database-url': { type: 'string' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Where the database is, from flags or the environment (DATABASE_URL, PEEL_DATA_DIR). */
export function dbLocation(values: { 'database-url'?: string; 'data-dir'?: string }, env: NodeJS.ProcessEnv): { url: string; dataDir?: string } {
  return { url: values['database-url'] ?? env.DATABASE_URL ?? '', dataDir: values['data-dir'] ?? env.PEEL_DATA_DIR };
}

const HELP = `Usage: peel db migrate [--database-url URL] [--data-dir DIR]

Create the database or bring its schema up to date. SQLite under ./data by
default (PEEL_DATA_DIR); PostgreSQL with DATABASE_URL=postgres://…
`;

/** Run `peel db …`. */
export async function runDb(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: DB_OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (positionals[0] !== 'migrate' || positionals.length !== 1) throw new UsageError('Usage: peel db migrate (see peel db --help).');
  const { openDatabase, migrate } = await import('@peel/server');
  const handle = await openDatabase({ ...dbLocation(values, io.env), migrate: false });
  try {
    const applied = await migrate(handle);
    io.stdout.write(applied.length ? `Applied ${applied.length} migration(s) to ${handle.dialect} ${handle.location}: ${applied.join(', ')}\n` : `Database ${handle.location} is up to date.\n`);
  } finally {
    await handle.close();
  }
  return 0;
}
