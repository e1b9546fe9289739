/**
 * Test fixtures for X archives, built from scratch: a minimal zip writer
 * (stored or deflated entries, optionally lying about sizes), a JPEG whose
 * EXIF carries a GPS position, and `tweets.js` text as X writes it.
 */
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const byte of b) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One file to put in a test zip. */
export interface TestZipEntry {
  name: string;
  data: Buffer | string;
  /** Deflate (default) or store. */
  store?: boolean;
  /** Declare this uncompressed size instead of the real one (to test lying headers). */
  declaredSize?: number;
}

/** Build a zip archive in memory. */
export function buildZip(entries: readonly TestZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : e.data;
    const body = e.store ? raw : deflateRawSync(raw);
    const name = Buffer.from(e.name, 'utf8');
    const crc = crc32(raw);
    const size = e.declaredSize ?? raw.length;
    const method = e.store ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** A tiny JPEG (SOI, APP1 Exif with a GPS IFD, EOI) placing the photo at latitude/longitude. */
export function jpegWithGps(lat: number, lon: number): Buffer {
  const tiff = Buffer.alloc(8 + 2 + 12 + 4 + 2 + 4 * 12 + 4 + 48);
  let p = 0;
  tiff.write('II', p); p += 2;
  tiff.writeUInt16LE(42, p); p += 2;
  tiff.writeUInt32LE(8, p); p += 4;
  // IFD0: one entry, the GPS IFD pointer.
  tiff.writeUInt16LE(1, p); p += 2;
  const gpsIfd = 8 + 2 + 12 + 4;
  tiff.writeUInt16LE(0x8825, p); tiff.writeUInt16LE(4, p + 2); tiff.writeUInt32LE(1, p + 4); tiff.writeUInt32LE(gpsIfd, p + 8); p += 12;
  tiff.writeUInt32LE(0, p); p += 4;
  // GPS IFD: LatitudeRef, Latitude, LongitudeRef, Longitude.
  tiff.writeUInt16LE(4, p); p += 2;
  const values = gpsIfd + 2 + 4 * 12 + 4;
  const ascii = (tag: number, ch: string): void => {
    tiff.writeUInt16LE(tag, p); tiff.writeUInt16LE(2, p + 2); tiff.writeUInt32LE(2, p + 4); tiff.write(`${ch}\0`, p + 8, 'latin1'); p += 12;
  };
  const rational = (tag: number, at: number): void => {
    tiff.writeUInt16LE(tag, p); tiff.writeUInt16LE(5, p + 2); tiff.writeUInt32LE(3, p + 4); tiff.writeUInt32LE(at, p + 8); p += 12;
  };
  ascii(1, lat >= 0 ? 'N' : 'S');
  rational(2, values);
  ascii(3, lon >= 0 ? 'E' : 'W');
  rational(4, values + 24);
  tiff.writeUInt32LE(0, p); p += 4;
  const dms = (v: number, at: number): void => {
    const a = Math.abs(v);
    const d = Math.floor(a);
    const m = Math.floor((a - d) * 60);
    const s = Math.round(((a - d) * 60 - m) * 60 * 100);
    [[d, 1], [m, 1], [s, 100]].forEach(([num, den], i) => { tiff.writeUInt32LE(num!, at + i * 8); tiff.writeUInt32LE(den!, at + i * 8 + 4); });
  };
  dms(lat, values);
  dms(lon, values + 24);
  const app1Body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(app1Body.length + 2, 2);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app1, app1Body, Buffer.from([0xff, 0xd9])]);
}

/** One tweet as an archive holds it. */
export interface TestTweet {
  id: string;
  text: string;
  createdAt?: string;
  mediaCount?: number;
}

/** The text of a tweets.js file (pretty-printed like X's, wrapped or old style). */
export function tweetsJs(tweets: readonly TestTweet[], o: { part?: number; old?: boolean } = {}): string {
  const items = tweets.map((t) => {
    const tweet = {
      retweeted: false, source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
      entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
      display_text_range: ['0', String(t.text.length)], favorite_count: '3', id_str: t.id, truncated: false,
      retweet_count: '1', id: t.id, created_at: t.createdAt ?? 'Mon Jan 02 08:26:24 +0000 2023', favorited: false,
      full_text: t.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'), lang: 'en',
      ...(t.mediaCount ? { extended_entities: { media: Array.from({ length: t.mediaCount }, (_, i) => ({ id_str: `${t.id}${i}`, type: 'photo' })) } } : {}),
    };
    return o.old ? tweet : { tweet };
  });
  const name = o.old ? 'tweet' : 'tweets';
  return `window.YTD.${name}.part${o.part ?? 0} = ${JSON.stringify(items, null, 2)}`;
}
