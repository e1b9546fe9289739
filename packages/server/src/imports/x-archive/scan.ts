/**
 * Streaming reader for X archive data files: `window.YTD.tweets.part0 = [ {…}, {…} ]`.
 * A hand-written scanner finds each top-level element of the array (tracking
 * strings, escapes and nesting) and yields its text and starting line, so an
 * archive of any size is read one tweet at a time. Linear in the input.
 */
import { ImportFormatError } from '../record.js';

/** One array element: its JSON text and the line it starts on. */
export interface Element {
  json: string;
  line: number;
}

/** Largest single element accepted (a tweet with its entities is a few kB). */
export const MAX_ELEMENT_CHARS = 2_000_000;

const PREFIX = /^\s*window\.YTD\.[A-Za-z0-9_]+\.part\d+\s*=\s*$/;
const PREFIX_MAX = 200;

/** Yield the elements of the array in an X archive `.js` data file. */
export async function* scanElements(source: AsyncIterable<string | Uint8Array>, file: string): AsyncGenerator<Element> {
  const decoder = new TextDecoder('utf-8');
  let line = 1;
  let state: 'prefix' | 'between' | 'element' | 'done' = 'prefix';
  let prefix = '';
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts: string[] = [];
  let size = 0;
  let startLine = 0;
  let expectComma = false;

  function* feed(s: string): Generator<Element> {
    let from = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) line++;
      if (state === 'element') {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 92) escaped = true;
          else if (c === 34) inString = false;
          continue;
        }
        if (c === 34) inString = true;
        else if (c === 123 || c === 91) depth++;
        else if (c === 125 || c === 93) {
          depth--;
          if (depth === 0) {
            parts.push(s.slice(from, i + 1));
            const json = parts.join('');
            parts = [];
            size = 0;
            state = 'between';
            expectComma = true;
            yield { json, line: startLine };
          }
        }
        continue;
      }
      if (state === 'prefix') {
        if (c === 91) {
          if (!PREFIX.test(prefix)) throw new ImportFormatError(file, 1, 'not an X archive data file (expected "window.YTD.….part0 = [")');
          state = 'between';
          continue;
        }
        prefix += s[i];
        if (prefix.length > PREFIX_MAX) throw new ImportFormatError(file, 1, 'not an X archive data file (expected "window.YTD.….part0 = [")');
        continue;
      }
      if (c === 32 || c === 9 || c === 10 || c === 13) continue;
      if (state === 'done') throw new ImportFormatError(file, line, 'unexpected text after the end of the array');
      if (c === 44 && expectComma) {
        expectComma = false;
        continue;
      }
      if (c === 93) {
        state = 'done';
        continue;
      }
      if (c === 123 && !expectComma) {
        state = 'element';
        depth = 1;
        startLine = line;
        from = i;
        continue;
      }
      throw new ImportFormatError(file, line, expectComma ? 'expected "," or "]" between tweets' : 'expected a tweet object');
    }
    if (state === 'element') {
      const piece = s.slice(from);
      size += piece.length;
      if (size > MAX_ELEMENT_CHARS) throw new ImportFormatError(file, startLine, `an element is longer than ${MAX_ELEMENT_CHARS} characters`);
      parts.push(piece);
    }
  }

  for await (const chunk of source) {
    const s = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    // `from` restarts at 0 for each chunk: an element spanning chunks is carried in `parts`.
    yield* feed(s);
  }
  yield* feed(decoder.decode());
  if (state === 'prefix') throw new ImportFormatError(file, line, 'not an X archive data file (no array found)');
  if (state !== 'done') throw new ImportFormatError(file, line, 'the file ends before its array is closed (truncated?)');
}
