/**
 * The process streams a command uses, passed in so commands can be run
 * in-process by tests and by other commands (e.g. a demo).
 */
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';

/** Standard streams and environment for one command run. */
export interface CliIO {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** The real process. */
export function processIO(): CliIO {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/**
 * Write a chunk and wait for 'drain' when the stream's buffer is full, so a
 * batch run over millions of posts stays in constant memory.
 */
export async function writeChunk(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}
