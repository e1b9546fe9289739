/** `peel demo`: load the fictional demo force, print how to sign in, and serve it. */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import type { CliIO } from '../io.js';
import { DB_OPTIONS, dbLocation } from './db.js';
import { waitForSignal } from './serve.js';

const HELP = `Usage: peel demo [--load-only] [--host HOST] [--port PORT] [--database-url URL] [--data-dir DIR]

Load "Wessex Vale Police", a fictional force with synthetic people: 45
accredited officer accounts on several platforms, some suspended pending
training, some closed with reasons, drafts waiting for approval, findings
and cases. Then start the server (unless --load-only). Every demo user has
the same password: PEEL_DEMO_PASSWORD, or a generated one printed here.
Loading twice does nothing the second time.
`;

/** Run `peel demo`. */
export async function runDemo(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true, strict: true,
    options: { ...DB_OPTIONS, 'load-only': { type: 'boolean' }, host: { type: 'string' }, port: { type: 'string' } },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError('peel demo takes no arguments.');
  const server = await import('@peel/server');
  const loc = dbLocation(values, io.env);
  const password = io.env.PEEL_DEMO_PASSWORD || server.randomSecret(12);
  const { store } = await server.openStore(loc);
  try {
    io.stdout.write('Loading the demo force (Wessex Vale Police)…\n');
    const r = await server.loadDemo(store, { password });
    if (!r.loaded) {
      io.stdout.write('The demo force is loaded already; sign in with the accounts printed when it was loaded.\n');
    } else {
      io.stdout.write(`Loaded: ${Object.entries(r.counts).map(([k, v]) => `${v} ${k}`).join(', ')}.\n`);
      io.stdout.write(`Sign in with any of these (password: ${password}):\n`);
      for (const l of r.logins) io.stdout.write(`  ${l.email.padEnd(32)} ${l.roles.join(', ')}\n`);
    }
  } finally {
    await store.close();
  }
  if (values['load-only']) return 0;
  const options = server.optionsFromEnv({ ...io.env, ...(values.host ? { HOST: values.host } : {}), ...(values.port ? { PORT: values.port } : {}) });
  const running = await server.startServer({ ...options, databaseUrl: loc.url || undefined, dataDir: loc.dataDir, print: (l) => io.stdout.write(`${l}\n`) });
  return waitForSignal(running.close);
}
