/**
 * The JSON form of a report (the API): tables with every cell as
 * `{ value, kind, text }`. A suppressed cell has `value: null`, `suppressed`
 * saying why, and the text "fewer than 5" (small counts) or "hidden". Internal
 * bookkeeping (which counts a rate came from) is not exposed.
 */
import { SUPPRESSED_TEXT } from './labels.js';
import type { AnyReport } from './service.js';
import { cellData, formatCell, type CellKind, type ReportTable, type Suppression } from './table.js';

/** One cell as JSON. */
export interface JsonCell { value: number | null; kind: CellKind; text: string; suppressed?: Suppression }

/** One table as JSON. */
export interface JsonTable {
  id: string; title: string; note?: string; rowHeader: string; chart?: string; forceOnly?: boolean;
  columns: Array<{ key: string; label: string }>;
  rows: Array<{ key: string; label: string; total?: true; cells: Record<string, JsonCell> }>;
}

/** A table as JSON. */
export function tableJson(t: ReportTable): JsonTable {
  return {
    id: t.id, title: t.title, ...(t.note ? { note: t.note } : {}), rowHeader: t.rowHeader, ...(t.chart ? { chart: t.chart } : {}),
    columns: t.columns.map((c) => ({ key: c.key, label: c.label })),
    rows: t.rows.map((r) => {
      const cells: Record<string, JsonCell> = {};
      for (const [k, c] of Object.entries(r.cells)) {
        const data = cellData(c, SUPPRESSED_TEXT);
        cells[k] = { value: typeof data === 'number' ? data : null, kind: c.kind, text: formatCell(c, SUPPRESSED_TEXT), ...(c.suppressed ? { suppressed: c.suppressed } : {}) };
      }
      return { key: r.key, label: r.label, ...(r.total ? { total: true as const } : {}), cells };
    }),
  };
}

/** The report as a JSON-ready object. */
export function renderJson(r: AnyReport): Record<string, unknown> {
  if (r.kind === 'force') {
    return { kind: r.kind, force: r.force, period: r.period, generatedAt: r.generatedAt, tables: r.tables.map(tableJson) };
  }
  return {
    kind: r.kind, period: r.period, generatedAt: r.generatedAt,
    suppression: `Counts from 1 to 4 read "${SUPPRESSED_TEXT}"; other figures that would reveal them read "hidden". Both have value null.`,
    forces: r.forces.map((f) => ({ code: f.code, name: f.name, tables: f.tables.map(tableJson) })),
    allForces: r.allForces.map(tableJson),
  };
}
