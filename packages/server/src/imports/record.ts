/**
 * What every import format turns into: one record per platform post, with the
 * line it came from so errors can name it. Column mappings say which field of
 * a CSV row or JSON object holds which part of the post.
 */
import type { MediaItem } from '@peel/engine';
import { toIsoTime } from './dates.js';

/** One post read from an import file. */
export interface ImportRecord {
  /** 1-based line in the file (for an X archive: the line of the data file where the tweet starts). */
  line: number;
  /** The file the line is in, when it is not the imported file itself (a file inside an archive). */
  file?: string;
  /** The platform's id for the post: imports are idempotent by (account, externalId). */
  externalId: string;
  text: string;
  /** ISO 8601 time of publication. */
  publishedAt: string;
  url: string | null;
  media: MediaItem[];
}

/**
 * A malformed input file. The message names the file and line and never
 * quotes the content (it may be a post, or personal data).
 */
export class ImportFormatError extends Error {
  constructor(readonly file: string, readonly line: number | null, readonly reason: string) {
    super(line === null ? `${file}: ${reason}` : `${file} line ${line}: ${reason}`);
    this.name = 'ImportFormatError';
  }
}

/** Which source field holds each part of a post. JSON fields may be dot paths (`user.id`). */
export interface ColumnMapping {
  id: string;
  text: string;
  publishedAt: string;
  url?: string;
}

/** Field names tried in order when no mapping is given. */
export const DEFAULT_FIELDS: Readonly<Record<keyof ColumnMapping, readonly string[]>> = {
  id: ['id', 'id_str', 'post_id', 'external_id'],
  text: ['text', 'full_text', 'body', 'content'],
  publishedAt: ['publishedAt', 'published_at', 'created_at', 'date', 'timestamp'],
  url: ['url', 'link', 'externalUrl'],
};

const KEYS: ReadonlyArray<keyof ColumnMapping> = ['id', 'text', 'publishedAt', 'url'];

/**
 * Parse `id=tweet_id,text=body,publishedAt=date` (the CLI's --map). Parts not
 * given fall back to DEFAULT_FIELDS.
 */
export function parseMapping(spec: string): Partial<ColumnMapping> {
  const out: Partial<ColumnMapping> = {};
  for (const part of spec.split(',')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const eq = trimmed.indexOf('=');
    const key = eq > 0 ? trimmed.slice(0, eq).trim() : '';
    const field = eq > 0 ? trimmed.slice(eq + 1).trim() : '';
    if (!(KEYS as readonly string[]).includes(key) || field === '') {
      throw new Error(`bad mapping "${trimmed}": use ${KEYS.join('=…, ')}=… (e.g. id=tweet_id,text=body)`);
    }
    out[key as keyof ColumnMapping] = field;
  }
  return out;
}

/** Read a dot path (`a.b.c`) from a parsed JSON value. Own properties only. */
export function getPath(value: unknown, path: string): unknown {
  let cur = value;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** Resolve a mapping against the fields a source actually has (header row, first object). */
export function resolveMapping(partial: Partial<ColumnMapping>, has: (field: string) => boolean): ColumnMapping {
  const pick = (key: keyof ColumnMapping): string | undefined =>
    partial[key] ?? DEFAULT_FIELDS[key].find((f) => has(f));
  const id = pick('id');
  const text = pick('text');
  const publishedAt = pick('publishedAt');
  const url = pick('url');
  // The URL is optional: when the first record has none, later ones may still carry one under the usual name.
  return {
    id: id ?? DEFAULT_FIELDS.id[0]!, text: text ?? DEFAULT_FIELDS.text[0]!,
    publishedAt: publishedAt ?? DEFAULT_FIELDS.publishedAt[0]!, url: url ?? DEFAULT_FIELDS.url[0]!,
  };
}

/** Turn one source row into a record, or throw ImportFormatError naming the line and field. */
export function toRecord(get: (field: string) => unknown, mapping: ColumnMapping, file: string, line: number): ImportRecord {
  const id = get(mapping.id);
  if (!(typeof id === 'string' && id.trim() !== '') && !(typeof id === 'number' && Number.isSafeInteger(id))) {
    throw new ImportFormatError(file, line, `no post id in field "${mapping.id}"`);
  }
  const text = get(mapping.text);
  if (typeof text !== 'string') throw new ImportFormatError(file, line, `no text in field "${mapping.text}"`);
  const when = get(mapping.publishedAt);
  const publishedAt = toIsoTime(when);
  if (publishedAt === undefined) {
    throw new ImportFormatError(file, line, `field "${mapping.publishedAt}" is not a date and time`);
  }
  const rawUrl = mapping.url === undefined ? undefined : get(mapping.url);
  const url = typeof rawUrl === 'string' && /^https?:\/\//i.test(rawUrl) ? rawUrl : null;
  return { line, externalId: String(id).trim(), text, publishedAt, url, media: [] };
}
