/**
 * Runs the engine in the browser on every change of the text. A check of a
 * normal post takes a few milliseconds, so no debounce: the underline follows
 * the typing. Each check's duration and the text length are kept (last 500)
 * on `window.__peelChecks` so the browser test can assert the budget.
 */
import { check, PeelInputError, type Policy, type Post, type Report } from '@peel/engine';
import { useMemo } from 'react';

declare global {
  interface Window {
    /** Recent in-browser checks: duration (ms) and text length (UTF-16 units). */
    __peelChecks?: Array<{ ms: number; chars: number }>;
  }
}

/** The result of the live check. */
export interface LiveCheck {
  report: Report | null;
  /** Duration of the last check (ms). */
  ms: number;
  /** A safe message when the engine refused the input (e.g. too long). */
  problem: string | null;
}

function record(ms: number, chars: number): void {
  if (typeof window === 'undefined') return;
  const list = (window.__peelChecks ??= []);
  list.push({ ms, chars });
  if (list.length > 500) list.shift();
}

/** Check `text` as a post from an account of this platform and kind, under `policy`. */
export function runCheck(text: string, meta: Omit<Post, 'text'>, policy: Policy | undefined): LiveCheck {
  if (text.trim() === '') return { report: null, ms: 0, problem: null };
  const started = performance.now();
  try {
    const report = check({ ...meta, text }, policy);
    const ms = performance.now() - started;
    record(ms, text.length);
    return { report, ms, problem: null };
  } catch (e) {
    const ms = performance.now() - started;
    // Input errors have a message written for the author; anything else is a bug we do not show raw.
    return { report: null, ms, problem: e instanceof PeelInputError ? e.message : 'Peel could not check this text in the browser; the server will check it when you submit.' };
  }
}

/**
 * Run one throw-away check so the engine's lazily decoded tables (the name
 * tagger's weights) are ready before the first keystroke. Not recorded.
 */
export function warmUp(policy: Policy | undefined): void {
  try { check({ text: 'Thanks to everyone who came to the community meeting in Kettering.' }, policy); } catch { /* warm-up only */ }
}

/** The live check, recomputed whenever the text, account or policy changes. */
export function useLiveCheck(text: string, meta: Omit<Post, 'text'>, policy: Policy | undefined): LiveCheck {
  const { platform, accountKind } = meta;
  return useMemo(() => runCheck(text, { platform, accountKind }, policy), [text, platform, accountKind, policy]);
}
