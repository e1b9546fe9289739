/** `peel audit verify`: check the audit log's hash chain and say where it breaks. */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import type { CliIO } from '../io.js';
import { DB_OPTIONS, dbLocation } from './db.js';

const HELP = `Usage: peel audit verify [--database-url URL] [--data-dir DIR]

Walk the whole audit log and check every entry's hash and its link to the
entry before. Exit 0 when intact, 1 when an entry was changed, removed or
reordered (the first such entry is named).
`;

const REASONS: Record<string, string> = {
  hash_mismatch: 'its contents were changed',
  broken_link: 'it does not link to the entry before it',
  gap: 'entries before it are missing',
  head_mismatch: 'entries at the end are missing',
};

/** Run `peel audit …`. */
export async function runAudit(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: DB_OPTIONS, allowPositionals: true, strict: true });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (positionals[0] !== 'verify' || positionals.length !== 1) throw new UsageError('Usage: peel audit verify (see peel audit --help).');
  const { openStore, verifyAuditLog } = await import('@peel/server');
  const { store } = await openStore(dbLocation(values, io.env));
  try {
    const r = await verifyAuditLog(store);
    if (r.ok) {
      io.stdout.write(`Audit log intact: ${r.checked} entries verified.\n`);
      return 0;
    }
    const b = r.firstBroken!;
    io.stdout.write(`Audit log BROKEN at entry #${b.seq}: ${REASONS[b.reason] ?? b.reason} (${b.reason}). ${r.checked} entries checked.\n`);
    return 1;
  } finally {
    await store.close();
  }
}
