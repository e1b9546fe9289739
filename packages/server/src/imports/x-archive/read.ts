/**
 * Reading an X archive zip: the tweets data files in order (tweets.js,
 * tweets-part1.js, …; older archives tweet.js), one tweet at a time, with the
 * EXIF of each tweet's images from data/tweets_media/<tweet id>-<name>.
 */
import { basename } from 'node:path';
import { ImportFormatError, type ImportRecord } from '../record.js';
import { isImage, mediaItem, readExif, readHead } from './media.js';
import { scanElements } from './scan.js';
import { tweetToRecord } from './tweets.js';
import { checkTotal, DEFAULT_ZIP_LIMITS, openZip, type ZipEntry, type ZipLimits } from './zip.js';

const DATA_FILE = /(?:^|\/)data\/(tweets?)(?:-part(\d+))?\.js$/;
const MEDIA_FILE = /(?:^|\/)data\/tweets?_media\/(\d{1,25})-[^/]+$/;

/** Options for reading an archive. */
export interface XArchiveOptions {
  /** Name to use in messages (default: the path's base name). */
  fileName?: string;
  limits?: ZipLimits;
  /** Called with 0..1 as the data files are read. */
  onFraction?(f: number): void;
}

/** The tweets data files of an archive, in part order; newer `tweets` files win over older `tweet` ones. */
export function dataFiles(entries: readonly ZipEntry[]): ZipEntry[] {
  const found = entries.map((e) => ({ e, m: DATA_FILE.exec(e.name) })).filter((x) => x.m !== null);
  const hasNew = found.some((x) => x.m![1] === 'tweets');
  return found.filter((x) => (x.m![1] === 'tweets') === hasNew)
    .sort((a, b) => Number(a.m![2] ?? -1) - Number(b.m![2] ?? -1))
    .map((x) => x.e);
}

/** Yield every tweet of the archive as an import record. Throws ImportFormatError naming the file and line. */
export async function* readXArchive(path: string, o: XArchiveOptions = {}): AsyncGenerator<ImportRecord> {
  const zipName = o.fileName ?? basename(path);
  const limits = o.limits ?? DEFAULT_ZIP_LIMITS;
  const zip = await openZip(path, zipName, limits);
  try {
    const files = dataFiles(zip.entries);
    if (files.length === 0) throw new ImportFormatError(zipName, null, 'no data/tweets.js in the archive (is this the archive X sends?)');
    const media = new Map<string, ZipEntry[]>();
    for (const e of zip.entries) {
      const m = MEDIA_FILE.exec(e.name);
      if (m && isImage(e.name)) media.set(m[1]!, [...(media.get(m[1]!) ?? []), e]);
    }
    // Images are read only in part, so only the data files count towards the total.
    checkTotal(zipName, files, limits);
    const totalBytes = files.reduce((n, f) => n + f.uncompressedSize, 0);
    let doneBytes = 0;
    for (const f of files) {
      const where = `${zipName}/${f.name}`;
      const stream = await zip.open(f);
      let read = 0;
      const counted = (async function* () {
        try {
          for await (const chunk of stream) {
            read += (chunk as Buffer).length;
            o.onFraction?.(totalBytes === 0 ? 1 : (doneBytes + read) / totalBytes);
            yield chunk as Buffer;
          }
        } catch {
          // yauzl: inflate errors and entries that do not match their declared size.
          throw new ImportFormatError(where, null, 'damaged data (the archive does not inflate to its declared size)');
        }
      })();
      for await (const el of scanElements(counted, where)) {
        let value: unknown;
        try {
          value = JSON.parse(el.json);
        } catch {
          throw new ImportFormatError(where, el.line, 'not valid JSON');
        }
        const record = tweetToRecord(value, where, el.line);
        for (const entry of media.get(record.externalId) ?? []) {
          const head = await readHead(await zip.open(entry, true));
          record.media.push(mediaItem(entry.name, await readExif(head)));
        }
        yield record;
      }
      doneBytes += f.uncompressedSize;
    }
  } finally {
    zip.close();
  }
}
