/** `peel admin create-user`: create a user directly in the database (for operators with server access). */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import type { CliIO } from '../io.js';
import { DB_OPTIONS, dbLocation } from './db.js';

const HELP = `Usage: peel admin create-user --email E --name NAME --role ROLE [--role ROLE…]
                              [--force CODE] [--password-stdin]

Create a user. Roles: officer, supervisor, digital_desk, professional_standards,
force_admin (these need --force CODE), inspector, system_admin (no force).
The password is read from stdin with --password-stdin, else from
PEEL_ADMIN_PASSWORD, else a strong one is generated and printed once.
`;

async function readStdin(io: CliIO): Promise<string> {
  let s = '';
  for await (const chunk of io.stdin) s += String(chunk);
  return s.replace(/\r?\n$/, '');
}

/** Run `peel admin …`. */
export async function runAdmin(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true, strict: true,
    options: {
      ...DB_OPTIONS, email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', multiple: true },
      force: { type: 'string' }, 'password-stdin': { type: 'boolean' },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (positionals[0] !== 'create-user' || positionals.length !== 1) throw new UsageError('Usage: peel admin create-user … (see peel admin --help).');
  if (!values.email || !values.name || !values.role?.length) throw new UsageError('--email, --name and at least one --role are needed.');
  const server = await import('@peel/server');
  const roles = values.role.map((r) => {
    if (!(server.ROLES as readonly string[]).includes(r)) throw new UsageError(`Unknown role "${r}". Roles: ${server.ROLES.join(', ')}.`);
    return r as (typeof server.ROLES)[number];
  });
  let password = values['password-stdin'] ? await readStdin(io) : io.env.PEEL_ADMIN_PASSWORD;
  const generated = password === undefined || password === '';
  if (generated) password = server.randomSecret(18);
  const { store } = await server.openStore(dbLocation(values, io.env));
  try {
    let forceId: string | null = null;
    if (values.force) {
      const f = await store.forces.getByCode(values.force.toLowerCase());
      if (!f) throw new UsageError(`There is no force with code "${values.force}".`);
      forceId = f.id;
    }
    const env = server.createEnv(store);
    const user = await server.createUser(env, server.SYSTEM_ACTOR, { email: values.email, displayName: values.name, roles, password, forceId });
    io.stdout.write(`Created user ${user.email} (${user.roles.join(', ')}).\n`);
    if (generated) io.stdout.write(`Password (shown once): ${password}\n`);
    return 0;
  } catch (e) {
    if (e instanceof server.DomainError) throw new UsageError(e.message);
    throw e;
  } finally {
    await store.close();
  }
}
