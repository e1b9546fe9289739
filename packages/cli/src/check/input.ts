/**
 * Reading the one post of a single check from stdin or a file, without ever
 * holding more than a little over the engine's limit in memory.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { MAX_TEXT_LENGTH, PeelInputError } from '@peel/engine';
import { UsageError } from '../errors.js';

/** Open a file for reading, turning "not found" and friends into a usage error. */
export async function openFile(path: string): Promise<Readable> {
  const stream = createReadStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (err: NodeJS.ErrnoException) => {
      reject(new UsageError(`cannot read ${JSON.stringify(path)}: ${err.code ?? err.message}`));
    });
  });
  return stream;
}

/**
 * Read a whole stream as one post text. Stops reading (and throws
 * TEXT_TOO_LONG) as soon as the text passes MAX_TEXT_LENGTH, so a huge file
 * costs nothing. One trailing newline (as `echo` adds) is removed.
 */
export async function readText(source: AsyncIterable<string | Uint8Array>): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let length = 0;
  // Room for the longest allowed text plus a CRLF that will be trimmed.
  const cap = MAX_TEXT_LENGTH + 2;
  const add = (s: string): void => {
    parts.push(s);
    length += s.length;
    if (length > cap) {
      throw new PeelInputError('TEXT_TOO_LONG',
        `The post is longer than ${MAX_TEXT_LENGTH} characters, the most Peel checks at once.`);
    }
  };
  for await (const chunk of source) add(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  add(decoder.decode());
  let text = parts.join('');
  if (text.endsWith('\n')) text = text.slice(0, text.endsWith('\r\n') ? -2 : -1);
  return text;
}
