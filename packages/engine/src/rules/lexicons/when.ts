/**
 * Clock times and calendar dates read from tokens (O1 needs to know whether an
 * operation lies ahead of the post's publication time). Token-level checks on
 * short strings only: no regex runs over the whole post.
 */
import type { Token } from '../../pipeline/tokenise.js';
import type { TextRange } from '../../types.js';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 0, january: 0, feb: 1, february: 1, mar: 2, march: 2, apr: 3, april: 3, may: 4, jun: 5, june: 5,
  jul: 6, july: 6, aug: 7, august: 7, sep: 8, sept: 8, september: 8, oct: 9, october: 9, nov: 10,
  november: 10, dec: 11, december: 11,
};

// Each is anchored and has one bounded or single quantified class: linear.
const CLOCK_WORD = /^\d{1,2}(?:am|pm)$/;
const HOURS_WORD = /^\d{3,4}(?:hrs|hr|h|hours)$/;
const TWO_DIGIT_AMPM = /^\d{2}(?:am|pm)$/;
const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)$/;

const isNum = (t: Token | undefined, maxLen: number): boolean => t !== undefined && t.kind === 'number' && t.text.length <= maxLen;
const joined = (a: Token, b: Token): boolean => b.start === a.end;

/** If a clock time starts at token `i`, the index just past it; else -1. */
export function clockTimeAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t === undefined) return -1;
  if (t.kind === 'word' && (CLOCK_WORD.test(t.lower) || HOURS_WORD.test(t.lower))) return i + 1;
  if (!isNum(t, 4)) return -1;
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  if (a !== undefined && (a.lower === 'am' || a.lower === 'pm' || a.lower === 'hrs' || a.lower === 'hours') && (a.lower.length === 2 || t.text.length === 4)) return i + 2;
  if (t.text.length <= 2 && a !== undefined && b !== undefined && joined(t, a) && joined(a, b)) {
    if (a.text === ':' && isNum(b, 2)) return i + 3;
    if ((a.text === ':' || a.text === '.') && b.kind === 'word' && TWO_DIGIT_AMPM.test(b.lower)) return i + 3;
  }
  return -1;
}

/** A calendar date found in the text. */
export interface FoundDate {
  range: TextRange;
  /** Midnight UTC of the day. */
  day: number;
}

const dayOf = (t: Token | undefined): number => {
  if (t === undefined) return -1;
  if (t.kind === 'number' && t.text.length <= 2) return Number(t.text);
  const m = t.kind === 'word' ? ORDINAL.exec(t.lower) : null;
  return m !== null ? Number(m[1]) : -1;
};

/** Resolve day/month (and maybe year) against `now`: a yearless date over six months back means next year. */
function resolve(day: number, month: number, year: number | null, now: Date): number | null {
  if (day < 1 || day > 31 || month < 0 || month > 11) return null;
  const y = year ?? now.getUTCFullYear();
  let t = Date.UTC(y, month, day);
  if (year === null && t < now.getTime() - 183 * 864e5) t = Date.UTC(y + 1, month, day);
  return t;
}

/** If a date starts at token `i`, the date and the index just past it. */
export function dateAt(tokens: readonly Token[], i: number, now: Date): { found: FoundDate; next: number } | null {
  const t = tokens[i];
  if (t === undefined) return null;
  const mk = (day: number, month: number, year: number | null, last: number) => {
    const d = resolve(day, month, year, now);
    return d === null ? null : { found: { range: { start: t.start, end: tokens[last]!.end }, day: d }, next: last + 1 };
  };
  const yearAt = (k: number): number | null => {
    const y = tokens[k];
    return y !== undefined && y.kind === 'number' && y.text.length === 4 ? Number(y.text) : null;
  };
  // "14 March", "14th of March", "14th March 2026"
  const d = dayOf(t);
  if (d > 0) {
    let k = i + 1;
    if (tokens[k]?.lower === 'of') k++;
    const mon = MONTHS[tokens[k]?.lower ?? ''];
    if (mon !== undefined) {
      const y = yearAt(k + 1);
      return mk(d, mon, y, y === null ? k : k + 1);
    }
    // "14/03" and "14/03/2026" (UK order)
    const s1 = tokens[i + 1];
    const m = tokens[i + 2];
    if (t.kind === 'number' && s1?.text === '/' && isNum(m, 2) && joined(t, s1!) && joined(s1!, m!)) {
      const s2 = tokens[i + 3];
      const y = tokens[i + 4];
      if (s2?.text === '/' && y !== undefined && y.kind === 'number' && joined(m!, s2) && joined(s2, y)) {
        const yy = y.text.length === 2 ? 2000 + Number(y.text) : y.text.length === 4 ? Number(y.text) : NaN;
        return Number.isNaN(yy) ? null : mk(d, Number(m!.text) - 1, yy, i + 4);
      }
      return mk(d, Number(m!.text) - 1, null, i + 2);
    }
    return null;
  }
  // "March 14", "March 14th 2026"
  // "may" is a month only when capitalised ("you may 2 …" is not a date).
  const mon = MONTHS[t.lower];
  if (mon !== undefined && (t.lower !== 'may' || t.text === 'May')) {
    const dd = dayOf(tokens[i + 1]);
    if (dd > 0) {
      const y = yearAt(i + 2);
      return mk(dd, mon, y, y === null ? i + 1 : i + 2);
    }
  }
  return null;
}
