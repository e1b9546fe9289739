/**
 * The generic report table every format renders (JSON, CSV, HTML, PDF).
 * Derived cells (shares, rates, medians) name the count cells they were
 * computed from, so suppressing a count also suppresses every figure that
 * would let a reader work it back out.
 */

/** What a cell holds. */
export type CellKind = 'count' | 'percent' | 'per1000' | 'hours' | 'days';

/** The address of a cell within one force's set of tables. */
export interface CellRef { table: string; row: string; col: string }

/** Why a cell is hidden. */
export type Suppression = 'small' | 'secondary' | 'derived';

/** Text of a hidden cell that is not a small count. */
export const HIDDEN_TEXT = 'hidden';

/** One value. `value` is null when it cannot be computed (a rate over zero). */
export interface Cell {
  kind: CellKind;
  value: number | null;
  /** Count cells this one was derived from. */
  from?: CellRef[];
  /**
   * Set by suppression: `small` (a count from 1 to 4, shown as "fewer than 5"),
   * `secondary` (hidden so a small count cannot be worked out by subtraction;
   * its value may be large, so it reads "hidden", never "fewer than 5"), or
   * `derived` (a share, rate or median computed from a hidden count).
   */
  suppressed?: Suppression;
}

/** A column: stable key, human label. */
export interface Column { key: string; label: string }

/** A row: stable key, human label, cells by column key. */
export interface Row {
  key: string;
  label: string;
  cells: Record<string, Cell>;
  /** The total of the other rows. */
  total?: boolean;
}

/** One table of a report. */
export interface ReportTable {
  id: string;
  title: string;
  /** What the reader needs to know to read it (definitions, caveats). */
  note?: string;
  rowHeader: string;
  columns: Column[];
  rows: Row[];
  /** Column drawn as a bar chart. */
  chart?: string;
  /** Count columns whose non-total rows add up to the total (for secondary suppression). */
  colSums?: string[];
  /** Within each row, these count columns add up to `total`. */
  rowSums?: Array<{ parts: string[]; total: string }>;
  /** Only in a force's own report (team tables): left out of the inspectorate view. */
  forceOnly?: boolean;
}

/** A count cell. */
export const count = (value: number): Cell => ({ kind: 'count', value });

/** A share (percent) or a rate per 1,000 of two count cells. */
export function ratio(kind: 'percent' | 'per1000', num: number, den: number, from: CellRef[]): Cell {
  const scale = kind === 'percent' ? 100 : 1000;
  return { kind, value: den > 0 ? (num / den) * scale : null, from };
}

/** The key of the total row. */
export const TOTAL = 'all';

/** Find a cell (undefined when absent). */
export function cellAt(tables: readonly ReportTable[], ref: CellRef): Cell | undefined {
  return tables.find((t) => t.id === ref.table)?.rows.find((r) => r.key === ref.row)?.cells[ref.col];
}

/** Find a table by id (throws when absent: a programming error). */
export function tableById(tables: readonly ReportTable[], id: string): ReportTable {
  const t = tables.find((x) => x.id === id);
  if (!t) throw new Error(`No report table ${id}`);
  return t;
}

/** How a cell reads to a person: small counts read "fewer than 5", other hidden cells "hidden", incomputable ones "—". */
export function formatCell(c: Cell | undefined, suppressedText: string): string {
  if (!c) return '';
  if (c.suppressed) return c.suppressed === 'small' ? suppressedText : HIDDEN_TEXT;
  if (c.value === null) return '—';
  switch (c.kind) {
    case 'count': return c.value.toLocaleString('en-GB');
    case 'percent': return `${c.value.toFixed(1)}%`;
    case 'per1000': return c.value.toFixed(1);
    case 'hours': return `${c.value.toFixed(1)} h`;
    case 'days': return `${c.value.toFixed(1)} d`;
  }
}

/** The cell as machine-readable data: a number, null, or the text of a hidden cell. */
export function cellData(c: Cell | undefined, suppressedText: string): number | string | null {
  if (!c) return null;
  if (c.suppressed) return c.suppressed === 'small' ? suppressedText : HIDDEN_TEXT;
  if (c.value === null) return null;
  return c.kind === 'count' ? c.value : Math.round(c.value * 10) / 10;
}
