/**
 * Reading an uploaded zip safely with yauzl: entry names are checked (no
 * absolute paths, no `..`), and before anything is decompressed the sizes the
 * archive declares are held to limits — total, per entry, and the compression
 * ratio that gives a zip bomb away. yauzl then checks that each entry really
 * inflates to its declared size, so a lying header fails too.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { ImportFormatError } from '../record.js';

/** Limits on what will be decompressed. */
export interface ZipLimits {
  /** Most bytes of all entries that will be read, uncompressed (default 2 GiB). */
  maxTotalBytes: number;
  /** Most bytes of one entry (default 1 GiB). */
  maxEntryBytes: number;
  /** Highest uncompressed/compressed ratio for entries over 1 MiB (default 100; tweets.js is about 10). */
  maxRatio: number;
  /** Most entries in the archive (default 500,000). */
  maxEntries: number;
}

/** Defaults for X archives. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 2 * 1024 ** 3, maxEntryBytes: 1024 ** 3, maxRatio: 100, maxEntries: 500_000 };

/** One entry (file) of the archive. */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  entry: yauzl.Entry;
}

/** An open archive. */
export interface OpenZip {
  entries: ZipEntry[];
  /**
   * Stream an entry's bytes, checked against the limits first unless the
   * caller reads only a bounded head of it (`partial`).
   */
  open(e: ZipEntry, partial?: boolean): Promise<Readable>;
  close(): void;
}

const UNSAFE = /^(?:[/\\]|[A-Za-z]:)|(?:^|[/\\])\.\.(?:[/\\]|$)/;

/** Throw ImportFormatError unless the entry may be read under the limits. */
export function checkEntry(zipName: string, e: Pick<ZipEntry, 'name' | 'compressedSize' | 'uncompressedSize'>, limits: ZipLimits): void {
  if (e.uncompressedSize > limits.maxEntryBytes) {
    throw new ImportFormatError(zipName, null, `${e.name} is ${e.uncompressedSize} bytes uncompressed, over the limit of ${limits.maxEntryBytes}`);
  }
  if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize / Math.max(1, e.compressedSize) > limits.maxRatio) {
    throw new ImportFormatError(zipName, null, `${e.name} expands ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))} times, which looks like a zip bomb`);
  }
}

/** Open an archive and list its entries, refusing unsafe names and too many entries. */
export function openZip(path: string, zipName: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<OpenZip> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) {
        reject(new ImportFormatError(zipName, null, 'not a zip archive, or a damaged one'));
        return;
      }
      const entries: ZipEntry[] = [];
      const fail = (e: Error): void => {
        zip.close();
        reject(e);
      };
      zip.on('error', (e: Error) => {
        // yauzl refuses absolute and `..` paths itself; say so plainly.
        const reason = /invalid relative path|absolute path/.test(e.message)
          ? `unsafe path in the archive (${e.message.replace(/^.*?: /, '')})` : 'damaged zip archive';
        fail(new ImportFormatError(zipName, null, reason));
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        if (UNSAFE.test(entry.fileName)) return fail(new ImportFormatError(zipName, null, `unsafe path in the archive (${entry.fileName})`));
        if (entries.length >= limits.maxEntries) return fail(new ImportFormatError(zipName, null, `more than ${limits.maxEntries} files in the archive`));
        if (!entry.fileName.endsWith('/')) {
          entries.push({ name: entry.fileName, compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize, entry });
        }
        zip.readEntry();
      });
      zip.on('end', () => resolve({
        entries,
        open: (e, partial) => new Promise((res, rej) => {
          try {
            if (!partial) checkEntry(zipName, e, limits);
          } catch (x) {
            rej(x);
            return;
          }
          zip.openReadStream(e.entry, (er, stream) => {
            if (er || !stream) rej(new ImportFormatError(zipName, null, `${e.name} cannot be read (damaged archive)`));
            else res(stream);
          });
        }),
        close: () => zip.close(),
      }));
      zip.readEntry();
    });
  });
}

/** Sum of the entries to be read, held to the total limit. */
export function checkTotal(zipName: string, chosen: readonly ZipEntry[], limits: ZipLimits): void {
  let total = 0;
  for (const e of chosen) {
    checkEntry(zipName, e, limits);
    total += e.uncompressedSize;
  }
  if (total > limits.maxTotalBytes) {
    throw new ImportFormatError(zipName, null, `the files to read are ${total} bytes uncompressed, over the limit of ${limits.maxTotalBytes}`);
  }
}
