/**
 * The command registry: `peel <name> …` runs COMMANDS[name].
 *
 * To add a command, create src/commands/<name>.ts exporting a `run` function
 * and add one line here. Import it lazily (as `check` does) so `peel check`
 * does not load the server, database drivers and so on.
 */
import type { CliIO } from '../io.js';

/** One `peel` sub-command. */
export interface Command {
  /** One line for `peel --help`. */
  summary: string;
  /**
   * Run with the arguments after the command name; resolve to the exit code
   * (0 ok, 1 --fail-on reached, 2 usage/input error). Throw UsageError for a
   * usage mistake: main prints `peel: <message>` and exits 2.
   */
  run(argv: string[], io: CliIO): Promise<number>;
}

/** Every command, by name. */
export const COMMANDS: Record<string, Command> = {
  check: { summary: 'Check posts against the guidelines (text, stdin, file or JSON Lines batch).', run: async (argv, io) => (await import('./check.js')).runCheck(argv, io) },
  report: { summary: 'Write a force report (or the inspectorate view) as PDF, CSV or JSON.', run: async (argv, io) => (await import('./report.js')).runReport(argv, io) },
  serve: { summary: 'Run the Peel server (127.0.0.1:8080; SQLite under ./data or DATABASE_URL).', run: async (argv, io) => (await import('./serve.js')).runServe(argv, io) },
  db: { summary: 'Database schema: peel db migrate.', run: async (argv, io) => (await import('./db.js')).runDb(argv, io) },
  admin: { summary: 'Administration: peel admin create-user.', run: async (argv, io) => (await import('./admin.js')).runAdmin(argv, io) },
  audit: { summary: 'Verify the hash-chained audit log: peel audit verify.', run: async (argv, io) => (await import('./audit.js')).runAudit(argv, io) },
  backup: { summary: 'Back up the database (SQLite copy while running; pg_dump advice for PostgreSQL).', run: async (argv, io) => (await import('./backup.js')).runBackup(argv, io) },
  demo: { summary: 'Load the fictional demo force and serve it.', run: async (argv, io) => (await import('./demo.js')).runDemo(argv, io) },
  import: { summary: 'Import published posts: an X archive, JSON Lines or CSV (peel import --help).', run: async (argv, io) => (await import('./import.js')).runImport(argv, io) },
};
