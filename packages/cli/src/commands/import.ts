/**
 * `peel import x-archive|jsonl|csv FILE --account HANDLE`: import published
 * posts into a register account; every post is checked and its findings
 * stored. Running it again adds nothing; an interrupted import finishes when
 * run again.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import type { CliIO } from '../io.js';

const KINDS = ['x-archive', 'jsonl', 'csv'] as const;
type Kind = (typeof KINDS)[number];

/** `peel import --help`. */
export const IMPORT_HELP = `Usage: peel import x-archive FILE.zip --account HANDLE [options]
       peel import jsonl FILE --account HANDLE [--map MAPPING] [options]
       peel import csv FILE --account HANDLE [--map MAPPING] [options]

Import published posts into an account of the register. Every post is
checked and its findings stored for review. Importing the same file again
adds nothing; an import that was interrupted finishes when run again.

  x-archive  the archive X lets a user download (data/tweets.js, images' EXIF)
  jsonl      one JSON object a line
  csv        a header row, then one post a row

Options:
      --account HANDLE    The account's handle (with or without @)
      --platform ID       The account's platform, if the handle is on several (default x for x-archive)
      --force CODE        The force's code, if several forces have the handle
      --map MAPPING       Which fields hold what, e.g. id=tweet_id,text=body,publishedAt=date,url=link
                          (JSON fields may be dot paths: id=post.id). Defaults: id, text, created_at/date, url
      --workers N         Threads checking posts (default: one per core)
      --skip-rejected     Count posts the checker refuses (e.g. over 100,000 characters) instead of stopping
      --no-progress       No progress bar (there is none anyway when stderr is not a terminal)
      --database-url URL  PostgreSQL (postgres://…) or SQLite file; default DATABASE_URL, else SQLite under ./data
      --data-dir DIR      Where the SQLite database lives (default PEEL_DATA_DIR or ./data)
  -h, --help              Show this help

Exit codes: 0 imported, 2 usage error or malformed file (the message names the file and line).
`;

const OPTIONS = {
  account: { type: 'string' },
  platform: { type: 'string' },
  force: { type: 'string' },
  map: { type: 'string' },
  workers: { type: 'string' },
  'batch-size': { type: 'string' },
  'skip-rejected': { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  'database-url': { type: 'string' },
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function positiveInt(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 10_000) throw new UsageError(`--${name} must be a whole number`);
  return n;
}

/** Run `peel import`; resolves to the exit code. */
export async function runImport(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]} (see peel import --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(IMPORT_HELP);
    return 0;
  }
  const [kind, file, ...extra] = positionals;
  if (kind === undefined || !(KINDS as readonly string[]).includes(kind)) throw new UsageError(`import what? ${KINDS.join(', ')} (see peel import --help)`);
  if (file === undefined || extra.length > 0) throw new UsageError(`give one file: peel import ${kind} FILE --account HANDLE`);
  if (values.account === undefined) throw new UsageError('--account HANDLE is required');
  if (kind === 'x-archive' && values.map !== undefined) throw new UsageError('--map is for jsonl and csv files');

  // Loaded only now, so `peel check` never loads the server and database drivers.
  const server = await import('../../../server/src/imports/cli.js');
  const { parseMapping } = await import('../../../server/src/imports/record.js');
  const { ImportFormatError } = await import('../../../server/src/imports/record.js');
  let mapping;
  try {
    mapping = values.map === undefined ? undefined : parseMapping(values.map);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  try {
    return await server.runImportCli({
      kind: kind as Kind, file, account: values.account, platform: values.platform, force: values.force, mapping,
      workers: positiveInt('workers', values.workers), batchSize: positiveInt('batch-size', values['batch-size']),
      skipRejected: values['skip-rejected'], databaseUrl: values['database-url'], dataDir: values['data-dir'],
      progress: values['no-progress'] ? false : undefined,
    }, io);
  } catch (e) {
    if (e instanceof server.ImportUsageError || e instanceof ImportFormatError) throw new UsageError(e.message);
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`cannot read ${file}`);
    throw e;
  }
}
