/**
 * `peel check`: check one post (argument, stdin or --file) or a JSON Lines
 * batch, print the report(s), and exit by --fail-on.
 */
import { parseArgs } from 'node:util';
import { check, DEFAULT_POLICY, type CheckOptions, type Post, type Report } from '@peel/engine';
import { runBatch } from '../check/batch.js';
import { FAIL_ON_LEVELS, reaches, type FailOn } from '../check/fail-on.js';
import { openFile, readText } from '../check/input.js';
import { loadPolicy } from '../check/policy.js';
import { formatPretty, type PrettyOptions } from '../check/pretty.js';
import { EXIT, UsageError } from '../errors.js';
import type { CliIO } from '../io.js';

const FORMATS = ['pretty', 'json', 'jsonl'] as const;
type Format = (typeof FORMATS)[number];

/** `peel check --help`. */
export const CHECK_HELP = `Usage: peel check [options] [text…]

Check a post against the guidelines. The text is the arguments, or stdin,
or --file. With --format jsonl, each line of stdin (or --file) is a post:
plain text, or {"id": …, "text": …, other post fields}; each output line is
that post's report with the same id (plain lines get their line number).

Options:
  -f, --file FILE         Read the post (or, with jsonl, the posts) from FILE ('-' = stdin)
      --format FORMAT     pretty (default), json or jsonl
      --policy FILE       A force policy (JSON); default: the UK default policy
      --protected-key KEY Key of the protected list (W1); prefer env PEEL_PROTECTED_KEY,
                          as arguments are visible to other users of the machine
      --fail-on LEVEL     Exit 1 if any post reaches advise, review or block
      --platform ID       The post's platform (x, bluesky, facebook, …)
      --account-kind KIND force, team or individual
      --date DATE         Planned publication date (ISO 8601)
      --approval-ref REF  Reference of a recorded naming/image-release decision
      --no-color          No colours (also NO_COLOR, or when stdout is not a terminal)
      --color             Colours even when stdout is not a terminal
  -h, --help              Show this help

Exit codes: 0 ok, 1 --fail-on reached, 2 usage or input error (in jsonl mode:
any bad line; each gets an error object and the batch goes on).
`;

const OPTIONS = {
  file: { type: 'string', short: 'f' },
  format: { type: 'string' },
  policy: { type: 'string' },
  'protected-key': { type: 'string' },
  'fail-on': { type: 'string' },
  platform: { type: 'string' },
  'account-kind': { type: 'string' },
  date: { type: 'string' },
  'approval-ref': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** parseArgs with its errors turned into short usage errors. */
function parse(argv: string[]): ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>> {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    const e = err as Error & { code?: string };
    // Node's messages are long and suggest `--`; name the option and stop.
    const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
    const flag = (/--[\w-]+/.exec(quoted) ?? /-\w/.exec(quoted))?.[0] ?? '';
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option ${flag} (see peel check --help)`);
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(e.message.includes('does not take') ? `option ${flag} takes no value` : `option ${flag} needs a value`);
    }
    throw new UsageError(e.message.split('\n')[0]!);
  }
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** Colour only for a terminal, and never under NO_COLOR or --no-color. */
function useColour(values: { color?: boolean; 'no-color'?: boolean }, io: CliIO): boolean {
  if (values['no-color'] === true) return false;
  if (values.color === true) return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdout.isTTY === true;
}

function prettyOptions(values: { color?: boolean; 'no-color'?: boolean }, io: CliIO): PrettyOptions {
  const columns = (io.stdout as { columns?: unknown }).columns;
  const width = io.stdout.isTTY === true && typeof columns === 'number' ? Math.min(columns, 100) : undefined;
  return { color: useColour(values, io), width };
}

/** Run `peel check`; resolves to the exit code. */
export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help === true) {
    io.stdout.write(CHECK_HELP);
    return EXIT.OK;
  }
  const format: Format = oneOf('format', values.format, FORMATS) ?? 'pretty';
  const failOn: FailOn | undefined = oneOf('fail-on', values['fail-on'], FAIL_ON_LEVELS);
  if (positionals.length > 0 && values.file !== undefined) throw new UsageError('give the text or --file, not both');
  if (positionals.length > 0 && format === 'jsonl') throw new UsageError('--format jsonl reads stdin or --file, not arguments');
  const key = values['protected-key'] ?? io.env.PEEL_PROTECTED_KEY;
  const checkOptions: CheckOptions = key !== undefined && key !== '' ? { protectedListKey: key } : {};
  const policy = values.policy !== undefined ? await loadPolicy(values.policy) : DEFAULT_POLICY;

  const fromStdin = positionals.length === 0 && (values.file === undefined || values.file === '-');
  if (fromStdin && io.stdin.isTTY === true) throw new UsageError('no text to check (give it as an argument, on stdin or with --file)');
  const source = fromStdin ? io.stdin : positionals.length === 0 ? await openFile(values.file!) : undefined;

  if (format === 'jsonl') {
    const summary = await runBatch(source!, io.stdout, {
      policy, checkOptions, failOn, debug: io.env.PEEL_DEBUG ? io.stderr : undefined,
    });
    if (summary.internal > 0) return EXIT.INTERNAL;
    if (summary.failed > 0) return EXIT.USAGE;
    return summary.reached ? EXIT.FAIL_ON : EXIT.OK;
  }

  const text = source === undefined ? positionals.join(' ') : await readText(source);
  const post: Post = { text };
  if (values.platform !== undefined) post.platform = values.platform;
  if (values['account-kind'] !== undefined) post.accountKind = values['account-kind'] as Post['accountKind'];
  if (values.date !== undefined) post.date = values.date;
  if (values['approval-ref'] !== undefined) post.approvalRef = values['approval-ref'];
  // check() validates the fields (account kind, date) and throws PeelInputError: exit 2.
  const report: Report = check(post, policy, checkOptions);
  io.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatPretty(text, report, prettyOptions(values, io)));
  return reaches(report.verdict, failOn) ? EXIT.FAIL_ON : EXIT.OK;
}
