/**
 * The human format of `peel check`: the post with flagged ranges marked,
 * each finding with its message, why, guidance and rewrite, then a verdict.
 */
import { SEVERITY_ORDER, severityRank, type Finding, type Report, type Severity, type Verdict } from '@peel/engine';
import { excerptBounds, renderSpan, safeText, type Style } from './display.js';

/** SGR colour per severity (and pass). */
const COLOUR: Record<Severity | 'pass', string> = { track: '90', advise: '36', review: '33', block: '31', pass: '32' };
const INDENT = ' '.repeat(8);
/** How many places of one finding are shown before "and N more". */
const MAX_PLACES = 3;

/** Options for the pretty format. */
export interface PrettyOptions {
  /** ANSI colours and underlines (off for NO_COLOR, pipes, --no-color). */
  color: boolean;
  /** Wrap explanations to this many columns (a terminal's width); no wrapping when absent. */
  width?: number;
}

/** Greedy word wrap with a hanging indent; a word longer than the line stays whole. */
export function wrap(text: string, width: number | undefined, indent: string): string {
  if (width === undefined || width <= indent.length + 20) return text;
  const room = width - indent.length;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.join(`\n${indent}`);
}

const paint = (on: boolean, sgr: string, s: string): string => (on ? `\x1b[${sgr}m${s}\x1b[0m` : s);
const underline: Style = (s, rank) => `\x1b[4;${COLOUR[SEVERITY_ORDER[rank]!]}m${s}\x1b[0m`;

/** The post with all flagged ranges marked, line by line. */
function markedText(text: string, findings: readonly Finding[], color: boolean): string[] {
  const marks = new Int8Array(text.length).fill(-1);
  for (const f of findings) {
    const rank = severityRank(f.severity);
    for (const r of f.ranges) {
      for (let i = Math.max(0, r.start); i < Math.min(text.length, r.end); i++) if (marks[i]! < rank) marks[i] = rank;
    }
  }
  const out: string[] = [];
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    const to = nl === -1 ? text.length : nl;
    const { line, carets } = renderSpan(text, from, to, (i) => marks[i]!, color ? underline : undefined);
    out.push(line);
    if (carets !== '') out.push(carets);
    if (nl === -1) return out;
    from = nl + 1;
  }
}

/** One finding's places: the line around each range, marked. */
function places(text: string, f: Finding, color: boolean): string[] {
  const out: string[] = [];
  const rank = severityRank(f.severity);
  for (const r of f.ranges.slice(0, MAX_PLACES)) {
    const b = excerptBounds(text, r.start, r.end);
    const mark = (i: number): number => (i >= r.start && i < r.end ? rank : -1);
    const { line, carets } = renderSpan(text, b.from, b.to, mark, color ? underline : undefined);
    const lead = b.cutStart ? '…' : '';
    out.push(`${INDENT}${lead}${line}${b.cutEnd ? '…' : ''}`);
    if (carets !== '') out.push(`${INDENT}${' '.repeat(lead.length)}${carets}`);
  }
  if (f.ranges.length > MAX_PLACES) out.push(`${INDENT}(and ${f.ranges.length - MAX_PLACES} more places)`);
  return out;
}

function findingBlock(text: string, f: Finding, opts: PrettyOptions): string[] {
  const { color, width } = opts;
  const label = f.severity.toUpperCase().padEnd(INDENT.length);
  const out = [`${paint(color, `1;${COLOUR[f.severity]}`, label)}${paint(color, '1', f.rule.padEnd(4))}${f.message}`];
  out.push(...places(text, f, color));
  out.push(`${INDENT}${wrap(`Why: ${f.explanation}`, width, INDENT)}`);
  out.push(`${INDENT}${wrap(`Guidance: ${f.guidance}`, width, INDENT)}`);
  if (f.suggestion !== undefined) {
    out.push(`${INDENT}${wrap(`Suggestion: ${f.suggestion.description}`, width, INDENT)}`);
    const lead = `${INDENT}Rewrite: `;
    out.push(`${lead}${safeText(f.suggestion.text, ' '.repeat(lead.length))}`);
  }
  return out;
}

/** The verdict line, e.g. `Verdict: REVIEW (2 findings: 1 review, 1 advise)`. */
export function verdictLine(verdict: Verdict, findings: readonly Finding[], color: boolean): string {
  const counts = new Map<Severity, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const parts = [...SEVERITY_ORDER].reverse().filter((s) => counts.has(s)).map((s) => `${counts.get(s)} ${s}`);
  const n = findings.length;
  const detail = n === 0 ? 'no findings' : `${n} finding${n === 1 ? '' : 's'}: ${parts.join(', ')}`;
  return `Verdict: ${paint(color, `1;${COLOUR[verdict]}`, verdict.toUpperCase())} (${detail})`;
}

/** Format one report for a terminal. Ends with a newline. */
export function formatPretty(text: string, report: Report, opts: PrettyOptions): string {
  const lines: string[] = [];
  if (report.findings.length > 0) {
    lines.push(...markedText(text, report.findings, opts.color), '');
    for (const f of report.findings) lines.push(...findingBlock(text, f, opts), '');
  }
  // With several rewrites, the engine's combined one is the post to publish instead.
  const rewrites = report.findings.filter((f) => f.suggestion !== undefined).length;
  if (report.rewrite !== undefined && rewrites > 1) {
    const lead = 'Suggested post: ';
    lines.push(`${lead}${safeText(report.rewrite, ' '.repeat(lead.length))}`, '');
  }
  lines.push(verdictLine(report.verdict, report.findings, opts.color));
  return `${lines.join('\n')}\n`;
}
