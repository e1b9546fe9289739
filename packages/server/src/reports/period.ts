/**
 * Report periods: two inclusive calendar dates in UTC. Stored timestamps are
 * ISO 8601 text in UTC, so a period becomes a half-open text range
 * [start, endExclusive) that compares correctly as text on both dialects.
 */
import { invalid } from '../domain/errors.js';

/** A report period: first and last day, both included (`YYYY-MM-DD`). */
export interface Period {
  from: string;
  to: string;
}

/** A period as timestamp bounds and the months it touches. */
export interface PeriodBounds {
  /** First instant, e.g. `2025-01-01T00:00:00.000Z`. */
  start: string;
  /** First instant after the period. */
  endExclusive: string;
  /** The last day (`YYYY-MM-DD`), the date on which "as at" figures are taken. */
  lastDay: string;
  /** Months (`YYYY-MM`) from the first to the last day, in order. */
  months: string[];
}

/** Longest period a report covers (ten years): bounds the month list and the work. */
export const MAX_PERIOD_DAYS = 3660;

const DAY_MS = 86_400_000;

function parseDay(s: string, name: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) throw invalid(`${name} must be a date as YYYY-MM-DD.`);
  const t = Date.parse(`${s}T00:00:00.000Z`);
  // Date.parse rolls 2025-02-30 over to March; a real date survives the round trip.
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== s) throw invalid(`${name} is not a real date.`);
  return t;
}

/** Validate a period: real dates, `from` not after `to`, at most MAX_PERIOD_DAYS long. */
export function parsePeriod(from: string, to: string): Period {
  const a = parseDay(from, 'from');
  const b = parseDay(to, 'to');
  if (a > b) throw invalid('from must not be after to.');
  if ((b - a) / DAY_MS + 1 > MAX_PERIOD_DAYS) throw invalid(`A report covers at most ${MAX_PERIOD_DAYS} days.`);
  return { from, to };
}

/** Timestamp bounds and months of a (validated) period. */
export function periodBounds(p: Period): PeriodBounds {
  const start = `${p.from}T00:00:00.000Z`;
  const endExclusive = new Date(Date.parse(`${p.to}T00:00:00.000Z`) + DAY_MS).toISOString();
  const months: string[] = [];
  let y = Number(p.from.slice(0, 4));
  let m = Number(p.from.slice(5, 7));
  const last = p.to.slice(0, 7);
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return { start, endExclusive, lastDay: p.to, months };
}

/** The month (`YYYY-MM`) of an ISO timestamp or date. */
export const monthOf = (iso: string): string => iso.slice(0, 7);

/** True when an ISO timestamp falls inside the bounds. */
export function inPeriod(iso: string, b: PeriodBounds): boolean {
  return iso >= b.start && iso < b.endExclusive;
}
