/** `peel backup`: a consistent copy of the SQLite database while Peel runs; for PostgreSQL, how to use pg_dump. */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import type { CliIO } from '../io.js';
import { DB_OPTIONS, dbLocation } from './db.js';

const HELP = `Usage: peel backup [--out FILE] [--database-url URL] [--data-dir DIR]

SQLite: write a consistent copy of the database (safe while the server runs)
to FILE (default peel-backup-<date>.db in the current directory).
PostgreSQL: print how to back up with pg_dump.
`;

/** Run `peel backup`. */
export async function runBackup(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { ...DB_OPTIONS, out: { type: 'string', short: 'o' } }, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError('peel backup takes no arguments; use --out FILE.');
  const { backupSqlite, defaultBackupName, isPostgresUrl, openDatabase, postgresBackupAdvice, redactUrl } = await import('@peel/server');
  const loc = dbLocation(values, io.env);
  if (isPostgresUrl(loc.url)) {
    io.stdout.write(`${postgresBackupAdvice(redactUrl(loc.url))}\n`);
    return 0;
  }
  // Open (and migrate) once to find the file exactly as the server would.
  const handle = await openDatabase(loc);
  const file = handle.file!;
  await handle.close();
  const out = values.out ?? defaultBackupName();
  const bytes = await backupSqlite(file, out);
  io.stdout.write(`Backed up ${file} to ${out} (${bytes} bytes).\n`);
  return 0;
}
