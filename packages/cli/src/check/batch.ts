/**
 * `peel check --format jsonl`: one post a line in (plain text, or a JSON
 * object with "text" and optional "id" and other post fields), one report a
 * line out with the same id. Streams in constant memory: one line at a time,
 * waiting for 'drain' when the reader is slower than Peel.
 */
import type { Readable, Writable } from 'node:stream';
import { check, MAX_TEXT_LENGTH, PeelInputError, type CheckOptions, type Policy, type Post } from '@peel/engine';
import { writeChunk } from '../io.js';
import { reaches, type FailOn } from './fail-on.js';
import { readLines } from './lines.js';

/**
 * The longest input line: a post at the limit written entirely as \uXXXX
 * escapes, plus room for the other fields.
 */
export const MAX_LINE_LENGTH = MAX_TEXT_LENGTH * 6 + 65_536;

/** Settings for a batch run. */
export interface BatchOptions {
  policy: Policy;
  checkOptions: CheckOptions;
  failOn?: FailOn;
  /** Print stacks of unexpected errors to this stream (PEEL_DEBUG). */
  debug?: Writable;
}

/** What a batch run saw. */
export interface BatchSummary {
  /** Reports written. */
  checked: number;
  /** Lines that got an error object instead (bad input). */
  failed: number;
  /** Lines that hit a bug in Peel. */
  internal: number;
  /** Some report reached --fail-on. */
  reached: boolean;
}

type Id = string | number;

/** A line Peel could not check: its message never contains the post text. */
class LineError extends Error {
  constructor(readonly code: string, message: string, readonly id?: Id) {
    super(message);
  }
}

/** Parse one line into a post and its id. Throws LineError for bad input. */
export function parseLine(text: string, line: number): { id: Id; post: Post } {
  if (!text.trimStart().startsWith('{')) return { id: line, post: { text } };
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch {
    // JSON.parse messages quote the input, so they are not passed on.
    throw new LineError('BAD_JSON', 'The line starts with "{" but is not valid JSON.');
  }
  const o = obj as Record<string, unknown>;
  const id = o.id;
  if (id !== undefined && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    throw new LineError('BAD_ID', 'The post\'s "id" must be a string or a number.');
  }
  return { id: id ?? line, post: o as unknown as Post };
}

/** Run the batch from `source` to `out`. */
export async function runBatch(source: Readable, out: Writable, opts: BatchOptions): Promise<BatchSummary> {
  const summary: BatchSummary = { checked: 0, failed: 0, internal: 0, reached: false };
  for await (const l of readLines(source, MAX_LINE_LENGTH)) {
    let record: object;
    let id: Id = l.line;
    try {
      if (l.tooLong) {
        throw new LineError('LINE_TOO_LONG', `The line is longer than ${MAX_LINE_LENGTH} characters.`);
      }
      if (l.text.trim() === '') continue;
      const parsed = parseLine(l.text, l.line);
      id = parsed.id;
      const report = check(parsed.post, opts.policy, opts.checkOptions);
      if (reaches(report.verdict, opts.failOn)) summary.reached = true;
      summary.checked++;
      record = { id, ...report };
    } catch (err) {
      record = { id, line: l.line, error: lineError(err, opts.debug, summary) };
    }
    await writeChunk(out, `${JSON.stringify(record)}\n`);
  }
  return summary;
}

function lineError(err: unknown, debug: Writable | undefined, summary: BatchSummary): { code: string; message: string } {
  if (err instanceof LineError || err instanceof PeelInputError) {
    summary.failed++;
    return { code: err.code, message: err.message };
  }
  summary.internal++;
  if (debug !== undefined && err instanceof Error) debug.write(`${err.stack ?? err.name}\n`);
  const name = err instanceof Error ? err.name : 'Error';
  // Only the error's class: an unexpected message might quote the post.
  return { code: 'INTERNAL', message: `Peel failed on this post (${name}); this is a bug. Set PEEL_DEBUG=1 for details.` };
}
