/**
 * Dates as import files write them: ISO 8601, X's `created_at`
 * ("Mon Jan 02 08:26:24 +0000 2023") and Unix epoch seconds or milliseconds.
 * Strict on purpose: `Date.parse` accepts almost anything ("1" is 2001).
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const X_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parse X's `created_at` format; undefined when it is not that format or not a real date. */
export function parseXDate(s: string): string | undefined {
  const m = X_DATE.exec(s);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1]!);
  if (month < 0) return undefined;
  const [day, h, min, sec, sign, oh, om, year] = [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), m[6], Number(m[7]), Number(m[8]), Number(m[9])];
  const utc = Date.UTC(year, month, day, h, min, sec) - (sign === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  const d = new Date(utc);
  // Reject 31 Feb and the like, which Date.UTC silently rolls over.
  if (day < 1 || day > 31 || h > 23 || min > 59 || sec > 60 || Number.isNaN(utc)) return undefined;
  if (new Date(Date.UTC(year, month, day)).getUTCMonth() !== month) return undefined;
  return d.toISOString();
}

/** Any supported date representation to an ISO 8601 UTC time, or undefined. */
export function toIsoTime(value: unknown): string | undefined {
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (/^\d{9,13}$/.test(s)) return fromEpoch(Number(s));
  if (ISO_DATE.test(s)) {
    // A time without a zone is read as UTC, never as the server's local time.
    const withT = s.length === 10 ? `${s}T00:00:00` : s.replace(' ', 'T');
    const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/.test(withT) ? withT : `${withT}Z`;
    const t = Date.parse(zoned.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(t) ? undefined : new Date(t).toISOString();
  }
  return parseXDate(s);
}

function fromEpoch(n: number): string | undefined {
  if (!Number.isFinite(n) || n < 0) return undefined;
  // Ten digits or fewer are seconds (until the year 2286); more are milliseconds.
  const ms = n < 1e11 ? n * 1000 : n;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
