/**
 * `npm start`: the Peel server on 127.0.0.1:8080 (HOST, PORT), with SQLite
 * under ./data (PEEL_DATA_DIR) or PostgreSQL (DATABASE_URL=postgres://…).
 */
import { pathToFileURL } from 'node:url';
import { optionsFromEnv, startServer } from './server.js';

/** Run until SIGINT/SIGTERM. */
export async function main(): Promise<void> {
  const server = await startServer(optionsFromEnv());
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    process.stdout.write(`\n${signal}: shutting down…\n`);
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    // The message of a start-up error (bad PORT, unreachable database) holds no post text.
    process.stderr.write(`peel: could not start: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
