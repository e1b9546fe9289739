/**
 * One tweet object of an X archive to an import record. Newer archives wrap
 * each tweet (`{ "tweet": { … } }`), older ones do not. `full_text` has
 * `&amp;`, `&lt;` and `&gt;` escaped; `created_at` is "Mon Jan 02 08:26:24 +0000 2023".
 */
import { parseXDate } from '../dates.js';
import { ImportFormatError, type ImportRecord } from '../record.js';

/** The tweet fields Peel reads. */
export interface ArchiveTweet {
  id_str?: string;
  id?: string | number;
  full_text?: string;
  text?: string;
  created_at?: string;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);/g;

/** Undo the HTML escaping of tweet text (named and numeric references). */
export function unescapeHtml(s: string): string {
  return s.replace(ENTITY, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** The tweet inside an archive element (wrapped or not). */
export function unwrap(value: unknown): ArchiveTweet | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  const inner = v.tweet ?? v;
  return inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? (inner as ArchiveTweet) : undefined;
}

/** Convert a parsed element to a record, or throw ImportFormatError naming file and line. */
export function tweetToRecord(value: unknown, file: string, line: number): ImportRecord {
  const t = unwrap(value);
  if (!t) throw new ImportFormatError(file, line, 'expected a tweet object');
  const id = t.id_str ?? (t.id === undefined ? undefined : String(t.id));
  if (id === undefined || !/^\d{1,25}$/.test(id)) throw new ImportFormatError(file, line, 'tweet without a numeric id_str');
  const raw = t.full_text ?? t.text;
  if (typeof raw !== 'string') throw new ImportFormatError(file, line, 'tweet without full_text');
  const publishedAt = typeof t.created_at === 'string' ? parseXDate(t.created_at) : undefined;
  if (publishedAt === undefined) throw new ImportFormatError(file, line, 'tweet created_at is not like "Mon Jan 02 08:26:24 +0000 2023"');
  return {
    line, file, externalId: id, text: unescapeHtml(raw), publishedAt,
    url: `https://x.com/i/web/status/${id}`, media: [],
  };
}
