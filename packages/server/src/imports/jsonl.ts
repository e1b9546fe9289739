/**
 * JSON Lines import: one post object a line, fields found by a column mapping
 * (dot paths allowed). Streams: one line in memory at a time.
 */
import { ImportFormatError, getPath, resolveMapping, toRecord, type ColumnMapping, type ImportRecord } from './record.js';
import { splitLines } from './lines.js';

/** Longest line accepted (a post is at most 100,000 characters, plus its other fields and JSON escapes). */
export const MAX_JSONL_LINE = 1_000_000;

/**
 * Read records from a JSONL stream. Blank lines are skipped; anything else
 * that is not an object with an id, text and date throws ImportFormatError
 * naming `file` and the line.
 */
export async function* readJsonl(
  source: AsyncIterable<string | Uint8Array>, file: string, mapping: Partial<ColumnMapping> = {},
): AsyncGenerator<ImportRecord> {
  let resolved: ColumnMapping | undefined;
  for await (const l of splitLines(source, MAX_JSONL_LINE)) {
    if (l.tooLong) throw new ImportFormatError(file, l.line, `line is longer than ${MAX_JSONL_LINE} characters`);
    if (l.text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(l.text);
    } catch {
      throw new ImportFormatError(file, l.line, 'not valid JSON');
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new ImportFormatError(file, l.line, 'expected a JSON object');
    }
    resolved ??= resolveMapping(mapping, (f) => getPath(value, f) !== undefined);
    yield toRecord((f) => getPath(value, f), resolved, file, l.line);
  }
}
