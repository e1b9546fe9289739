/** `peel serve`: run the Peel server (same as `npm start`). */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import type { CliIO } from '../io.js';
import { DB_OPTIONS } from './db.js';

const HELP = `Usage: peel serve [--host HOST] [--port PORT] [--database-url URL] [--data-dir DIR]

Start the server (default 127.0.0.1:8080; HOST, PORT, DATABASE_URL and
PEEL_DATA_DIR in the environment work too). Stops on Ctrl-C.
`;

/** Serve until SIGINT/SIGTERM; resolves to the exit code. */
export async function runServe(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { ...DB_OPTIONS, host: { type: 'string' }, port: { type: 'string' } }, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError('peel serve takes no arguments.');
  const { optionsFromEnv, startServer } = await import('@peel/server');
  let options;
  try {
    options = optionsFromEnv({ ...io.env, ...(values.host ? { HOST: values.host } : {}), ...(values.port ? { PORT: values.port } : {}) });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values['database-url']) options.databaseUrl = values['database-url'];
  if (values['data-dir']) options.dataDir = values['data-dir'];
  const server = await startServer({ ...options, print: (l) => io.stdout.write(`${l}\n`) });
  return waitForSignal(server.close);
}

/** Resolve with 0 after SIGINT or SIGTERM, once `close` has finished. */
export function waitForSignal(close: () => Promise<void>): Promise<number> {
  return new Promise((resolveExit) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      close().then(() => resolveExit(0), () => resolveExit(1));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
