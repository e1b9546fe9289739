/**
 * CSV export in long form: one line per figure (force, table, row, column,
 * value, unit), which opens in any spreadsheet and pivots easily. Text
 * fields that a spreadsheet would run as a formula are neutralised.
 */
import { SUPPRESSED_TEXT } from './labels.js';
import type { AnyReport } from './service.js';
import { cellData, type ReportTable } from './table.js';

const HEADER = ['force_code', 'force_name', 'period_from', 'period_to', 'table', 'table_title', 'row', 'row_label', 'column', 'column_label', 'value', 'unit'];

/** `@name` or `@name@server`: a plain handle cannot carry a formula (no parentheses, operators or spaces). */
const PLAIN_HANDLE = /^@[A-Za-z0-9_.]+(?:@[A-Za-z0-9_.-]+)?$/;

/**
 * Quote a CSV field (RFC 4180). Text a spreadsheet would run as a formula
 * (starting with = + - @ tab or CR) gets an apostrophe in front, except
 * plain handles, which open data must keep exactly as they are.
 */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const s = /^[=+\-@\t\r]/.test(v) && !PLAIN_HANDLE.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function lines(force: { code: string; name: string }, period: { from: string; to: string }, tables: ReportTable[]): string[] {
  const out: string[] = [];
  for (const t of tables) {
    for (const r of t.rows) {
      for (const c of t.columns) {
        const cell = r.cells[c.key];
        if (!cell) continue;
        out.push([force.code, force.name, period.from, period.to, t.id, t.title, r.key, r.label, c.key, c.label,
          cellData(cell, SUPPRESSED_TEXT), cell.kind].map(csvField).join(','));
      }
    }
  }
  return out;
}

/** The report as CSV text (CRLF line ends, as RFC 4180 and spreadsheets expect). */
export function renderCsv(r: AnyReport): string {
  const rows = r.kind === 'force'
    ? lines(r.force, r.period, r.tables)
    : [...r.forces.flatMap((f) => lines(f, r.period, f.tables)), ...lines({ code: 'ALL', name: 'All forces' }, r.period, r.allForces)];
  return `${[HEADER.join(','), ...rows].join('\r\n')}\r\n`;
}
