/**
 * Per-platform post length limits and how each platform counts.
 * Most platforms count user-perceived characters (grapheme clusters); X
 * counts every link as 23 characters whatever its length, and Mastodon counts
 * links as 23 too. Counting is a hand-written scan (no backtracking regex).
 */

/** Platform ids, as the server stores them. */
export type PlatformId = 'x' | 'bluesky' | 'mastodon' | 'facebook' | 'instagram' | 'threads' | 'tiktok' | 'youtube' | 'nextdoor';

/** One platform's limit. */
export interface PlatformLimit {
  id: PlatformId;
  label: string;
  limit: number;
  /** Links count as this many characters (t.co-style shortening), if the platform does that. */
  linkLength?: number;
}

/** The platforms and their limits (characters per post). */
export const PLATFORM_LIMITS: readonly PlatformLimit[] = [
  { id: 'x', label: 'X', limit: 280, linkLength: 23 },
  { id: 'bluesky', label: 'Bluesky', limit: 300 },
  { id: 'mastodon', label: 'Mastodon', limit: 500, linkLength: 23 },
  { id: 'facebook', label: 'Facebook', limit: 63206 },
  { id: 'instagram', label: 'Instagram', limit: 2200 },
  { id: 'threads', label: 'Threads', limit: 500 },
  { id: 'tiktok', label: 'TikTok', limit: 2200 },
  { id: 'youtube', label: 'YouTube', limit: 5000 },
  { id: 'nextdoor', label: 'Nextdoor', limit: 8000 },
];

/** The limit for a platform id, or undefined for `other` and unknown ids. */
export function limitFor(platform: string): PlatformLimit | undefined {
  return PLATFORM_LIMITS.find((p) => p.id === platform);
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : undefined;

/** User-perceived characters in a string (grapheme clusters; code points as a fall-back). */
export function graphemeCount(text: string): number {
  if (segmenter) {
    let n = 0;
    for (const _ of segmenter.segment(text)) n++;
    return n;
  }
  return Array.from(text).length;
}

const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r';

/**
 * Ranges of `http://` or `https://` links: from the scheme up to the next
 * whitespace, less trailing punctuation that usually ends a sentence.
 */
export function linkRanges(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let i = 0;
  const lower = text.toLowerCase();
  while (i < text.length) {
    const at = lower.indexOf('http', i);
    if (at < 0) break;
    const schemeEnd = lower.startsWith('https://', at) ? at + 8 : lower.startsWith('http://', at) ? at + 7 : -1;
    const boundary = at === 0 || isSpace(text[at - 1]!) || text[at - 1] === '(';
    if (schemeEnd < 0 || !boundary) { i = at + 4; continue; }
    let end = schemeEnd;
    while (end < text.length && !isSpace(text[end]!)) end++;
    while (end > schemeEnd && '.,;:!?)\'"'.includes(text[end - 1]!)) end--;
    if (end > schemeEnd) out.push({ start: at, end });
    i = Math.max(end, at + 4);
  }
  return out;
}

/** The length of `text` as `platform` counts it. */
export function platformLength(text: string, platform: PlatformLimit): number {
  if (platform.linkLength === undefined) return graphemeCount(text);
  let n = 0;
  let from = 0;
  for (const r of linkRanges(text)) {
    n += graphemeCount(text.slice(from, r.start)) + platform.linkLength;
    from = r.end;
  }
  return n + graphemeCount(text.slice(from));
}

/** One row of the length counter. */
export interface LengthRow {
  platform: PlatformLimit;
  length: number;
  remaining: number;
  over: boolean;
}

/** Length against every platform's limit. */
export function lengthRows(text: string): LengthRow[] {
  const plain = graphemeCount(text);
  return PLATFORM_LIMITS.map((p) => {
    const length = p.linkLength === undefined ? plain : platformLength(text, p);
    return { platform: p, length, remaining: p.limit - length, over: length > p.limit };
  });
}
