/**
 * Reading X archives: data files in part order, EXIF of attached images, and
 * hostile or broken archives refused with a message naming the file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportFormatError, type ImportRecord } from '../record.js';
import { readXArchive } from './read.js';
import { buildZip, jpegWithGps, tweetsJs, type TestZipEntry } from './testing.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip.js';

const dir = mkdtempSync(join(tmpdir(), 'peel-xarchive-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

function zipFile(entries: TestZipEntry[]): string {
  const path = join(dir, `archive-${++n}.zip`);
  writeFileSync(path, buildZip(entries));
  return path;
}

async function read(path: string, limits?: ZipLimits): Promise<ImportRecord[]> {
  const out: ImportRecord[] = [];
  for await (const r of readXArchive(path, { fileName: 'archive.zip', limits })) out.push(r);
  return out;
}

async function failure(path: string, limits?: ZipLimits): Promise<string> {
  try {
    await read(path, limits);
  } catch (e) {
    if (e instanceof ImportFormatError) return e.message;
    throw e;
  }
  return 'no error';
}

describe('X archive reader', () => {
  it('reads tweets.js then tweets-part1.js, with the EXIF of each tweet\'s images', async () => {
    const path = zipFile([
      { name: 'Your archive.html', data: '<html></html>' },
      { name: 'data/account.js', data: 'window.YTD.account.part0 = [{"account":{"username":"nptest"}}]' },
      { name: 'data/tweets-part1.js', data: tweetsJs([{ id: '300', text: 'Third' }], { part: 1 }) },
      { name: 'data/tweets.js', data: tweetsJs([{ id: '100', text: 'Fish & chips <3', mediaCount: 2 }, { id: '200', text: 'Second' }]) },
      { name: 'data/tweets_media/100-AbCdEf.jpg', data: jpegWithGps(52.4881, -0.7036), store: true },
      { name: 'data/tweets_media/100-GhIjKl.png', data: Buffer.from('not really a png') },
      { name: 'data/tweets_media/200-clip.mp4', data: Buffer.alloc(100) },
      { name: 'data/deleted-tweets.js', data: tweetsJs([{ id: '999', text: 'deleted' }]) },
    ]);
    const rs = await read(path);
    expect(rs.map((r) => r.externalId)).toEqual(['100', '200', '300']);
    expect(rs[0]!.text).toBe('Fish & chips <3');
    expect(rs[0]!.file).toBe('archive.zip/data/tweets.js');
    expect(rs[2]!.file).toBe('archive.zip/data/tweets-part1.js');
    expect(rs[0]!.media.map((m) => m.fileName)).toEqual(['AbCdEf.jpg', 'GhIjKl.png']);
    const exif = rs[0]!.media[0]!.exif as { latitude: number; longitude: number; GPSLatitude: unknown };
    expect(exif.latitude).toBeCloseTo(52.4881, 3);
    expect(exif.longitude).toBeCloseTo(-0.7036, 3);
    expect(rs[0]!.media[1]!.exif).toBeUndefined();
    expect(rs[1]!.media).toEqual([]);
  });

  it('reads an older archive (data/tweet.js, tweets not wrapped)', async () => {
    const path = zipFile([{ name: 'data/tweet.js', data: tweetsJs([{ id: '7', text: 'Old <3' }], { old: true }) }]);
    expect((await read(path)).map((r) => [r.externalId, r.text])).toEqual([['7', 'Old <3']]);
  });

  it('names the data file and line of a malformed tweet', async () => {
    const good = tweetsJs([{ id: '1', text: 'a' }, { id: '2', text: 'b' }]);
    const bad = good.replace('"id_str": "2",', '"id_str": "2",,');
    const msg = await failure(zipFile([{ name: 'data/tweets.js', data: bad }]));
    expect(msg).toMatch(/^archive\.zip\/data\/tweets\.js line \d+: not valid JSON$/);
    const line = Number(/line (\d+)/.exec(msg)![1]);
    expect(bad.split('\n')[line - 1]).toMatch(/^\s*\{/);
    expect(line).toBeGreaterThan(10);
  });

  it('refuses a zip bomb by its compression ratio before inflating it', async () => {
    const bomb = `window.YTD.tweets.part0 = [${' '.repeat(20 * 1024 * 1024)}]`;
    expect(await failure(zipFile([{ name: 'data/tweets.js', data: bomb }]))).toMatch(/^archive\.zip: data\/tweets\.js expands \d+ times, which looks like a zip bomb$/);
  });

  it('refuses more than the total size limit', async () => {
    const path = zipFile([{ name: 'data/tweets.js', data: tweetsJs([{ id: '1', text: 'x'.repeat(3000) }]) }]);
    expect(await failure(path, { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 2000 })).toMatch(/^archive\.zip: the files to read are \d+ bytes uncompressed, over the limit of 2000$/);
  });

  it('refuses an entry that inflates to more than it declares', async () => {
    const data = tweetsJs([{ id: '1', text: 'a'.repeat(5000) }]);
    const msg = await failure(zipFile([{ name: 'data/tweets.js', data, declaredSize: 1000 }]));
    expect(msg).toBe('archive.zip/data/tweets.js: damaged data (the archive does not inflate to its declared size)');
  });

  it.each(['../evil.js', 'data/../../etc/passwd', '/etc/passwd', 'C:/Windows/evil.js'])('refuses the unsafe path %s', async (name) => {
    const msg = await failure(zipFile([{ name: 'data/tweets.js', data: tweetsJs([]) }, { name, data: 'x' }]));
    expect(msg).toMatch(/^archive\.zip: unsafe path in the archive/);
  });

  it('refuses a file that is not a zip, and a zip without tweets', async () => {
    const notZip = join(dir, 'not.zip');
    writeFileSync(notZip, 'window.YTD.tweets.part0 = []');
    expect(await failure(notZip)).toBe('archive.zip: not a zip archive, or a damaged one');
    expect(await failure(zipFile([{ name: 'data/like.js', data: 'window.YTD.like.part0 = []' }])))
      .toBe('archive.zip: no data/tweets.js in the archive (is this the archive X sends?)');
  });
});
