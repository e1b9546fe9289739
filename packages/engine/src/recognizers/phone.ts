/**
 * PHONE and SERVICE_NUMBER: UK numbers (national "0…" and "+44"), international
 * "+CC" numbers, and the public-service numbers the police give out every day
 * (999, 101, 111, Crimestoppers 0800 555 111, and the force's own from the
 * policy), which are recognised so that they are allowed, never flagged.
 *
 * A hand-written scanner collects a run of digits with single separators
 * (space, dash, dot, brackets) and then validates the digit string.
 */
import type { Detected, Recognizer } from './types.js';
import type { CompiledPolicy } from '../policy/compile.js';
import { DIGITS, digitWords } from './digit-words.js';
import { contextBefore, isAlnum } from './util.js';

const CONTEXT = ['phone', 'call', 'calling', 'tel', 'telephone', 'mobile', 'mob', 'ring', 'text', 'whatsapp', 'number', 'contact', 'cell'];
const SHORT_SERVICE = new Set(['999', '112', '101', '111', '105', '119', '116000', '116123', '116111', '08001111', '0800 1111']);

interface Run {
  start: number;
  end: number;
  digits: string;
  plus: boolean;
  /** "+44 (0)": the trunk zero in brackets is dropped from the digits. */
}

function isSep(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 40 || c === 41;
}

/** Collect a number run starting at `i` (a digit, '+' or '('). Linear: each char is looked at once. */
function readRun(text: string, i: number): Run | null {
  const start = i;
  let plus = false;
  if (text.charCodeAt(i) === 43) {
    plus = true;
    i++;
  }
  let digits = '';
  let lastDigitEnd = -1;
  let seps = 0;
  while (i < text.length && digits.length <= 16) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits += text[i];
      i++;
      lastDigitEnd = i;
      seps = 0;
      continue;
    }
    if (isSep(c)) {
      // "+44 (0)1604": drop the bracketed trunk zero.
      if (c === 40 && plus && text.charCodeAt(i + 1) === 48 && text.charCodeAt(i + 2) === 41) {
        i += 3;
        continue;
      }
      seps++;
      // At most a bracket plus a space between digit groups; a dot only between digits.
      if (seps > 2) break;
      if (c === 46 && !(text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57)) break;
      i++;
      continue;
    }
    break;
  }
  if (lastDigitEnd < 0) return null;
  let end = lastDigitEnd;
  // A closing bracket right after the last digit is part of it only if one opened.
  if (text.charCodeAt(end) === 41 && text.slice(start, end).includes('(')) end++;
  // "(07700 900123)": brackets around the whole number are punctuation, not an area code.
  if (text.charCodeAt(start) === 40 && text.charCodeAt(end - 1) === 41 && text.indexOf(')', start) === end - 1) {
    return { start: start + 1, end: end - 1, digits, plus };
  }
  return { start, end, digits, plus };
}

function ukNational(d: string): boolean {
  // 0 + 9 or 10 digits; 01/02/03/05/07/08/09 ranges. 10-digit numbers exist for some 01 areas and 0800/0845.
  if (d[0] !== '0' || d[1] === '0') return false;
  if (d.length === 11) return '1235789'.includes(d[1]!);
  if (d.length === 10) return d[1] === '1' || d.startsWith('0800') || d.startsWith('0845') || d.startsWith('0500');
  return false;
}

/**
 * One step of the scan at position `i`: reads the number run starting there
 * (if any), reports it, and returns where the scan goes on.
 */
function step(text: string, i: number, policy: CompiledPolicy, out: Detected[]): number {
  const c = text.charCodeAt(i);
  const startable = (c >= 48 && c <= 57) || c === 43 || (c === 40 && text.charCodeAt(i + 1) >= 48 && text.charCodeAt(i + 1) <= 57);
  if (!startable || (i > 0 && (isAlnum(text.charCodeAt(i - 1)) || text[i - 1] === '/' || text[i - 1] === '.' || text[i - 1] === '+'))) {
    return i + 1;
  }
  const run = readRun(text, i);
  if (run === null) {
    return i + 1;
  }
  const resume = Math.max(run.end, i + 1);
  // The run must end at a boundary ("07700900123abc" is not a number; "/2021" belongs to a date or reference).
  const next = text.charCodeAt(run.end);
  if (run.end < text.length && (isAlnum(next) || next === 47)) return resume;
  const d = run.digits;
  const surface = text.slice(run.start, run.end);
  const allowed = policy.allowedPhones.has(d);
  if (!run.plus && (SHORT_SERVICE.has(d) || (allowed && d.length <= 8))) {
    if (d.length <= 3 && surface.length !== d.length) return resume;
    out.push({ type: 'SERVICE_NUMBER', start: run.start, end: run.end, confidence: 0.95, attrs: { allowed: true }, explanation: 'public-service number' });
    return resume;
  }
  let national: string | null = null;
  if (run.plus) {
    if (d.startsWith('44')) national = '0' + d.slice(2);
    else if (d.length >= 8 && d.length <= 15) {
      out.push({ type: 'PHONE', start: run.start, end: run.end, confidence: 0.85, attrs: { allowed, international: true }, explanation: 'international number' });
      return resume;
    }
  } else national = d;
  if (national !== null && ukNational(national)) {
    const isAllowed = allowed || policy.allowedPhones.has(national);
    if (isAllowed) {
      out.push({ type: 'SERVICE_NUMBER', start: run.start, end: run.end, confidence: 0.95, attrs: { allowed: true }, explanation: 'allowed force or public-service number' });
    } else {
      const ctx = contextBefore(text, run.start, CONTEXT, 30);
      out.push({
        type: 'PHONE', start: run.start, end: run.end, confidence: ctx === null ? 0.85 : 0.97, attrs: { allowed: false },
        explanation: ctx === null ? 'UK phone number' : `UK phone number; context word "${ctx}"`,
      });
    }
    return resume;
  }
  // Ten digits with no trunk prefix are a phone number only right after a phone word ("Phone: 5321234567").
  if (!run.plus && d.length === 10 && d[0] !== '0' && d[0] !== '1') {
    const ctx = contextBefore(text, run.start, CONTEXT, 12);
    if (ctx !== null) {
      out.push({ type: 'PHONE', start: run.start, end: run.end, confidence: 0.6, attrs: { allowed: false }, explanation: `ten digits after "${ctx}"` });
    }
  }
  return resume;
}

/** Phone recogniser. */
export const phoneRecognizer: Recognizer = {
  meta: { name: 'phone', types: ['PHONE', 'SERVICE_NUMBER'], description: 'UK and international phone numbers; public-service numbers marked allowed.' },
  detect({ norm, policy }) {
    const text = norm.text;
    const words = digitWords(text);
    const out: Detected[] = [];
    // A run starts at a digit that begins a word, or at most three characters before one ("+44 ", "(0", "+ (0)"):
    // the positions in between are the only ones where step() can find a number.
    let i = 0;
    for (let k = 0; k < words.count; k++) {
      const ws = words.starts[k]!;
      if ((words.classes[k]! & DIGITS) === 0) continue; // the word starts with a letter
      if (i < ws - 3) i = ws - 3;
      while (i <= ws) i = step(text, i, policy, out);
    }
    return out;
  },
};
