/**
 * `peel` entry point: picks the command, runs it, and turns errors into a
 * one-line `peel: <message>` with exit code 2 (usage/input) or 3 (a bug).
 * Run as `node bin/peel.js …` (the npm bin) or `tsx packages/cli/src/main.ts …`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ENGINE_VERSION, PeelInputError } from '@peel/engine';
import { COMMANDS } from './commands/index.js';
import { EXIT, UsageError } from './errors.js';
import { processIO, type CliIO } from './io.js';

/** The CLI package version (read from package.json). */
export function cliVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

function mainHelp(): string {
  const names = Object.keys(COMMANDS).sort();
  const width = Math.max(...names.map((n) => n.length));
  return [
    'Usage: peel <command> [options]',
    '',
    'Commands:',
    ...names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n]!.summary}`),
    '',
    'Options:',
    '  -h, --help     Show this help (or `peel <command> --help`)',
    '  -v, --version  Show the version',
    '',
    'Exit codes: 0 ok, 1 --fail-on reached, 2 usage or input error, 3 internal error.',
    '',
  ].join('\n');
}

/** One line, no stack: what a user sees for an error. Set PEEL_DEBUG=1 for the stack. */
function describe(err: unknown, env: NodeJS.ProcessEnv): { line: string; code: number } {
  if (err instanceof UsageError || err instanceof PeelInputError) {
    return { line: `peel: ${err.message}`, code: EXIT.USAGE };
  }
  const e = err instanceof Error ? err : new Error(String(err));
  // An unexpected message might quote the post, so only the error's class is shown by default.
  const line = env.PEEL_DEBUG
    ? `peel: internal error: ${e.stack ?? e.message}`
    : `peel: internal error (${e.name}); this is a bug. Set PEEL_DEBUG=1 for details.`;
  return { line, code: EXIT.INTERNAL };
}

/** Run `peel` with the given arguments; resolves to the exit code. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
      if (first === 'help' && rest[0] !== undefined && COMMANDS[rest[0]] !== undefined) {
        return await COMMANDS[rest[0]]!.run(['--help'], io);
      }
      io.stdout.write(mainHelp());
      return first === undefined ? EXIT.USAGE : EXIT.OK;
    }
    if (first === '-v' || first === '--version') {
      io.stdout.write(`peel ${cliVersion()} (engine ${ENGINE_VERSION})\n`);
      return EXIT.OK;
    }
    const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (command === undefined) {
      throw new UsageError(first.startsWith('-')
        ? `unknown option ${first.split('=')[0]} (see peel --help)`
        : `unknown command "${first}" (see peel --help)`);
    }
    return await command.run(rest, io);
  } catch (err) {
    const { line, code } = describe(err, io.env);
    io.stderr.write(`${line}\n`);
    return code;
  }
}

/**
 * Run as the process: sets process.exitCode rather than calling exit(), so
 * buffered output on pipes is flushed before Node ends.
 */
export async function runCli(argv: string[]): Promise<void> {
  // A reader that goes away (`peel check … | head`) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') process.stderr.write(`peel: cannot write output: ${err.code ?? err.message}\n`);
    process.exit(err.code === 'EPIPE' ? process.exitCode ?? 0 : EXIT.INTERNAL);
  });
  process.exitCode = await main(argv);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runCli(process.argv.slice(2));
}
