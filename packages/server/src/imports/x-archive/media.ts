/**
 * EXIF of attached images, for rule P9 (GPS location in a photo). Only the
 * start of each image is decompressed: EXIF sits in the first segments, so a
 * huge or hostile image costs at most HEAD_BYTES.
 */
import type { Readable } from 'node:stream';
import exifr from 'exifr';
import type { MediaItem } from '@peel/engine';

/** How much of an image is read for its EXIF. */
export const HEAD_BYTES = 256 * 1024;

const IMAGE = /\.(?:jpe?g|png|heic|heif|tiff?|webp|avif)$/i;

/** Whether a file name is an image exifr can read. */
export const isImage = (name: string): boolean => IMAGE.test(name);

/** Read up to `max` bytes of a stream, then stop it. */
export async function readHead(stream: Readable, max = HEAD_BYTES): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      parts.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size >= max) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(parts).subarray(0, max);
}

/**
 * The EXIF tags P9 looks at (GPS position) from an image's first bytes; an
 * empty object when there are none or the image cannot be parsed (a damaged
 * image is not a reason to stop an import).
 */
export async function readExif(head: Buffer): Promise<Record<string, unknown>> {
  try {
    const tags = (await exifr.parse(head, { gps: true, tiff: true, exif: false, ifd1: false, xmp: false, icc: false, iptc: false, jfif: false, ihdr: false })) as Record<string, unknown> | undefined;
    if (!tags) return {};
    const keep: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(tags)) {
      if (k.startsWith('GPS') || k === 'latitude' || k === 'longitude') keep[k] = v;
    }
    return keep;
  } catch {
    return {};
  }
}

/** A media item for the engine: file name without the tweet id prefix, and its EXIF. */
export function mediaItem(entryName: string, exif: Record<string, unknown>): MediaItem {
  const base = entryName.slice(entryName.lastIndexOf('/') + 1);
  // data/tweets_media/<tweet id>-<name>: the name is what was uploaded (as X renamed it).
  const name = base.replace(/^\d+-/, '');
  return Object.keys(exif).length > 0 ? { fileName: name, exif } : { fileName: name };
}
