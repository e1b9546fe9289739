/**
 * Small-count suppression for the inspectorate view. A count from 1 to 4 is
 * shown as "fewer than 5" (primary suppression). Because a hidden count could
 * otherwise be worked out by subtraction from a total and its neighbours, any
 * group of counts that adds up to a known total never has exactly one hidden
 * member: the smallest other non-zero member is hidden too (secondary
 * suppression, shown as "hidden" since its value may be large), repeated
 * until stable. Finally every share, rate or median computed from a hidden
 * count is hidden as well.
 */
import { cellAt, type Cell, type ReportTable } from './table.js';

/** Counts below this (and above zero) are not shown. */
export const SUPPRESS_BELOW = 5;

/** Cells that add up to `total`; a null total is shown elsewhere (assumed known). */
interface Group { members: Cell[]; total: Cell | null }

function primary(tables: ReportTable[]): void {
  for (const t of tables) {
    for (const r of t.rows) {
      for (const c of Object.values(r.cells)) {
        if (c.kind === 'count' && c.value !== null && c.value > 0 && c.value < SUPPRESS_BELOW) c.suppressed = 'small';
      }
    }
  }
}

function groupsWithin(tables: ReportTable[]): Group[] {
  const out: Group[] = [];
  for (const t of tables) {
    const totalRow = t.rows.find((r) => r.total);
    for (const col of t.colSums ?? []) {
      const members = t.rows.filter((r) => !r.total).map((r) => r.cells[col]).filter((c): c is Cell => c !== undefined);
      out.push({ members, total: totalRow?.cells[col] ?? null });
    }
    for (const rs of t.rowSums ?? []) {
      for (const r of t.rows) {
        out.push({ members: rs.parts.map((p) => r.cells[p]).filter((c): c is Cell => c !== undefined), total: r.cells[rs.total] ?? null });
      }
    }
  }
  return out;
}

/** The same count cell in every force, adding up to the all-forces cell. */
function groupsAcross(sheets: ReportTable[][], totals: ReportTable[]): Group[] {
  const out: Group[] = [];
  for (const t of totals) {
    for (const r of t.rows) {
      for (const [col, total] of Object.entries(r.cells)) {
        if (total.kind !== 'count') continue;
        const members = sheets.map((s) => cellAt(s, { table: t.id, row: r.key, col })).filter((c): c is Cell => c !== undefined);
        out.push({ members, total });
      }
    }
  }
  return out;
}

function secondary(groups: Group[]): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const g of groups) {
      if (g.total?.suppressed) continue;
      if (g.members.filter((c) => c.suppressed).length !== 1) continue;
      // The smallest other non-zero member; failing that a zero one (else the hidden one equals the total
      // minus zeros); failing that the total itself.
      let pick: Cell | undefined;
      for (const c of g.members) {
        if (!c.suppressed && (c.value ?? 0) > 0 && (pick === undefined || (c.value ?? 0) < (pick.value ?? 0))) pick = c;
      }
      pick ??= g.members.find((c) => !c.suppressed) ?? g.total ?? undefined;
      if (pick) {
        pick.suppressed = 'secondary';
        changed = true;
      }
    }
  }
}

function derived(tables: ReportTable[]): void {
  for (const t of tables) {
    for (const r of t.rows) {
      for (const c of Object.values(r.cells)) {
        if (c.kind !== 'count' && c.from?.some((ref) => cellAt(tables, ref)?.suppressed)) c.suppressed = 'derived';
      }
    }
  }
}

/**
 * Suppress small counts in place. `sheets` are the per-force table sets;
 * `totals`, when given, is the all-forces set whose cells are their sums.
 */
export function suppressSmallCounts(sheets: ReportTable[][], totals?: ReportTable[]): void {
  const all = totals ? [...sheets, totals] : sheets;
  for (const s of all) primary(s);
  const groups = all.flatMap(groupsWithin);
  if (totals) groups.push(...groupsAcross(sheets, totals));
  secondary(groups);
  for (const s of all) derived(s);
}

/** True when a count from 1 to 4 is visible (a guard before output, and a check for tests). */
export function hasVisibleSmallCount(tables: readonly ReportTable[]): boolean {
  return tables.some((t) => t.rows.some((r) => Object.values(r.cells).some(
    (c) => c.kind === 'count' && !c.suppressed && c.value !== null && c.value > 0 && c.value < SUPPRESS_BELOW,
  )));
}
