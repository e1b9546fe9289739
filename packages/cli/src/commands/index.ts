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
};
