/**
 * What a rendered report shows: a title, a few lines about it, and tables.
 * The force report shows its own tables; the inspectorate view shows forces
 * side by side (one table per figure, a column per force, plus all forces)
 * after a "forces at a glance" table. Cells are shared with the suppressed
 * per-force tables, so whatever was hidden there stays hidden here.
 */
import type { AnyReport, ForceReport, NationalReport } from './service.js';
import { cellAt, TOTAL, type Cell, type ReportTable } from './table.js';

/** A report ready to render. */
export interface ReportDocument {
  title: string;
  /** Short lines under the title (period, generated, caveats). */
  lines: string[];
  tables: ReportTable[];
}

const ALL = 'all_forces';

/** Headline figures per force, each a reference into that force's tables. */
const HEADLINES: Array<{ key: string; label: string; table: string; row: string; col: string }> = [
  { key: 'active', label: 'Active accounts', table: 'accounts_platform', row: TOTAL, col: 'active' },
  { key: 'posts', label: 'Posts', table: 'verdicts', row: TOTAL, col: 'posts' },
  { key: 'per1000', label: 'Findings per 1,000 posts', table: 'findings_rule', row: TOTAL, col: 'per1000' },
  { key: 'falseAlarm', label: 'False-alarm rate', table: 'findings_rule', row: TOTAL, col: 'falseAlarm' },
  { key: 'training', label: 'Training current', table: 'training', row: 'current', col: 'share' },
  { key: 'learning', label: 'Cases handled as learning', table: 'case_approach', row: 'learning', col: 'share' },
];

function glance(r: NationalReport): ReportTable {
  const sheets = [...r.forces.map((f) => ({ key: f.code, label: f.name, tables: f.tables })), { key: ALL, label: 'All forces', tables: r.allForces }];
  return {
    id: 'glance', title: 'Forces at a glance', rowHeader: 'Force', chart: 'per1000',
    columns: HEADLINES.map((h) => ({ key: h.key, label: h.label })),
    rows: sheets.map((s) => {
      const cells: Record<string, Cell> = {};
      for (const h of HEADLINES) {
        const c = cellAt(s.tables, h);
        if (c) cells[h.key] = c;
      }
      return s.key === ALL ? { key: s.key, label: s.label, cells, total: true } : { key: s.key, label: s.label, cells };
    }),
  };
}

/** One table per (figure table, column): rows as in the figure table, a column per force. */
export function sideBySide(r: NationalReport): ReportTable[] {
  const out: ReportTable[] = [];
  for (const t of r.allForces) {
    for (const col of t.columns) {
      out.push({
        id: `${t.id}.${col.key}`, title: `${t.title}: ${col.label}`, note: t.note, rowHeader: t.rowHeader,
        columns: [...r.forces.map((f) => ({ key: f.code, label: f.code.toUpperCase() })), { key: ALL, label: 'All forces' }],
        rows: t.rows.map((row) => {
          const cells: Record<string, Cell> = {};
          for (const f of r.forces) {
            const c = cellAt(f.tables, { table: t.id, row: row.key, col: col.key });
            if (c) cells[f.code] = c;
          }
          const all = row.cells[col.key];
          if (all) cells[ALL] = all;
          return { key: row.key, label: row.label, cells, ...(row.total ? { total: true } : {}) };
        }).filter((row) => Object.keys(row.cells).length > 0),
      });
    }
  }
  return out;
}

const periodLine = (p: { from: string; to: string }): string => `Period: ${p.from} to ${p.to} (inclusive, UTC)`;

function forceDocument(r: ForceReport): ReportDocument {
  return {
    title: `${r.force.name}: social media report`,
    lines: [periodLine(r.period), `Generated ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC by Peel`],
    tables: r.tables,
  };
}

function nationalDocument(r: NationalReport): ReportDocument {
  return {
    title: 'Inspectorate view: police social media across forces',
    lines: [
      periodLine(r.period), `Generated ${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC by Peel`,
      `Forces: ${r.forces.map((f) => `${f.code.toUpperCase()} ${f.name}`).join('; ')}`,
      'No personal data. Counts from 1 to 4 are shown as "fewer than 5". Where such a count could be worked out from a total, another count is also hidden (shown as "hidden"), and so is any share, rate or median computed from a hidden count. Team figures are in each force\'s own report only.',
    ],
    tables: [glance(r), ...sideBySide(r)],
  };
}

/** The document of either report. */
export function toDocument(r: AnyReport): ReportDocument {
  return r.kind === 'force' ? forceDocument(r) : nationalDocument(r);
}
