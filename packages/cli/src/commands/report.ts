/**
 * `peel report`: write a force's report (or, with --all-forces, the
 * inspectorate view with small counts suppressed) as PDF, CSV or JSON,
 * straight from the database. The server package is loaded only here, so
 * `peel check` stays light.
 */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT, UsageError } from '../errors.js';
import type { CliIO } from '../io.js';

/** `peel report --help`. */
export const REPORT_HELP = `Usage: peel report --force CODE [--from DATE] [--to DATE] [--format pdf|csv|json] [-o FILE]
       peel report --all-forces …

Write a force's social media report for a period: accounts by status,
platform and team; accreditations, suspensions, reinstatements and closures;
training compliance; posts checked and verdicts; findings per 1,000 posts by
rule and team; false alarms; time to resolution; case outcomes; monthly trend.

Options:
      --force CODE       The force's code
      --all-forces       The inspectorate view instead: every force side by side,
                         no personal data, counts under 5 shown as "fewer than 5"
      --from DATE        First day, YYYY-MM-DD (default: first day of the month
                         eleven months before --to)
      --to DATE          Last day, YYYY-MM-DD (default: today, UTC)
      --format FORMAT    pdf, csv or json (default: from the -o file's extension, else json)
  -o, --output FILE      Write to FILE (default: standard output; pdf needs a file
                         unless standard output is redirected)
      --database URL     postgres://… or a SQLite file (default: DATABASE_URL, else
                         PEEL_DATA_DIR or ./data)
  -h, --help             Show this help

Exit codes: 0 written, 2 usage or input error (unknown force, bad date, no database).
`;

const OPTIONS = {
  force: { type: 'string' },
  'all-forces': { type: 'boolean' },
  from: { type: 'string' },
  to: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string', short: 'o' },
  database: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FORMATS = ['pdf', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

function parse(argv: string[]): ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: false }>> {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: false, strict: true });
  } catch (err) {
    const e = err as Error & { code?: string };
    const flag = /'(-[^'\s]+)/.exec(e.message)?.[1] ?? '';
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${flag} (see peel report --help)`);
    if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError('peel report takes no positional arguments (see peel report --help)');
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`option ${flag} needs a value`);
    throw new UsageError(e.message.split('\n')[0]!);
  }
}

function chooseFormat(format: string | undefined, output: string | undefined): Format {
  const f = format ?? (output ? extname(output).slice(1).toLowerCase() : 'json');
  if ((FORMATS as readonly string[]).includes(f)) return f as Format;
  if (format === undefined) throw new UsageError('give --format pdf, csv or json (the -o file has no such extension)');
  throw new UsageError('--format must be one of pdf, csv, json');
}

/** Run `peel report`. */
export async function runReport(argv: string[], io: CliIO): Promise<number> {
  const { values } = parse(argv);
  if (values.help === true) {
    io.stdout.write(REPORT_HELP);
    return EXIT.OK;
  }
  const all = values['all-forces'] === true;
  if (all === (values.force !== undefined)) throw new UsageError('give either --force CODE or --all-forces (see peel report --help)');
  const format = chooseFormat(values.format, values.output);
  if (format === 'pdf' && values.output === undefined && io.stdout.isTTY) throw new UsageError('a PDF needs -o FILE (or redirect standard output)');

  const reports = await import('@peel/server/reports');
  let body: Buffer;
  try {
    const period = reports.periodOrDefault(values.from, values.to, new Date());
    body = await reports.reportFile({ forceCode: all ? null : (values.force as string), period, format, url: values.database ?? io.env.DATABASE_URL, dataDir: io.env.PEEL_DATA_DIR });
  } catch (err) {
    // Bad dates (the server's validation errors) and unknown forces are the caller's to fix.
    const e = err as Error & { code?: unknown };
    if (e.name === 'ReportInputError' || (e.name === 'DomainError' && e.code === 'invalid')) throw new UsageError(e.message.replace(/\.$/, ''));
    throw err;
  }
  if (values.output === undefined) {
    io.stdout.write(body);
  } else {
    try {
      writeFileSync(values.output, body);
    } catch (err) {
      throw new UsageError(`cannot write ${values.output}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    io.stderr.write(`peel: wrote ${values.output} (${format.toUpperCase()}, ${body.length.toLocaleString('en-GB')} bytes)\n`);
  }
  return EXIT.OK;
}
