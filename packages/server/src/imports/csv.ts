/**
 * CSV import: a header row names the columns; a column mapping (or the
 * default names) says which hold the id, text, date and URL. Streams through
 * csv-parse, one record in memory at a time.
 */
import { Readable } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { ImportFormatError, resolveMapping, toRecord, type ColumnMapping, type ImportRecord } from './record.js';

/** Longest CSV record accepted, in characters. */
export const MAX_CSV_RECORD = 1_000_000;

interface Row {
  record: Record<string, string>;
  info: { lines: number };
}

/** Read records from a CSV stream (UTF-8, optional BOM, `,` separated, RFC 4180 quoting). */
export async function* readCsv(
  source: AsyncIterable<string | Uint8Array>, file: string, mapping: Partial<ColumnMapping> = {},
  options: { delimiter?: string } = {},
): AsyncGenerator<ImportRecord> {
  const parser = Readable.from(source).pipe(parse({
    columns: true, bom: true, info: true, delimiter: options.delimiter ?? ',', max_record_size: MAX_CSV_RECORD,
    skip_empty_lines: true, relax_column_count: false,
  }));
  let resolved: ColumnMapping | undefined;
  try {
    for await (const row of parser as AsyncIterable<Row>) {
      resolved ??= resolveMapping(mapping, (f) => Object.hasOwn(row.record, f));
      for (const [k, f] of Object.entries(resolved)) {
        if (k !== 'url' && !Object.hasOwn(row.record, f)) throw new ImportFormatError(file, 1, `no column "${f}" for ${k} in the header`);
      }
      yield toRecord((f) => row.record[f], resolved, file, row.info.lines);
    }
  } catch (e) {
    if (e instanceof CsvError) {
      // csv-parse messages can quote the offending field; keep only the line.
      const line = (e as CsvError & { lines?: number }).lines;
      throw new ImportFormatError(file, typeof line === 'number' ? line : null, `malformed CSV (${e.code})`);
    }
    throw e;
  } finally {
    parser.destroy();
  }
}
