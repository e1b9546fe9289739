/** Errors the CLI turns into `peel: <message>` and exit code 2. */

/** A mistake in how `peel` was called (unknown flag, missing text, bad file). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit codes shared by every command. */
export const EXIT = {
  /** Ran, nothing reached the --fail-on threshold. */
  OK: 0,
  /** A report reached the --fail-on severity. */
  FAIL_ON: 1,
  /** Usage or input error (or, in batch mode, at least one bad line). */
  USAGE: 2,
  /** A bug in Peel: an error nobody expected. */
  INTERNAL: 3,
} as const;
