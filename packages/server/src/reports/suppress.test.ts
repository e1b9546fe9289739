import { describe, expect, it } from 'vitest';
import { hasVisibleSmallCount, suppressSmallCounts } from './suppress.js';
import { count, formatCell, ratio, TOTAL, type Cell, type ReportTable } from './table.js';

/** A one-column table of counts with a total row and a share column. */
function table(values: Record<string, number>): ReportTable {
  const total = Object.values(values).reduce((a, b) => a + b, 0);
  return {
    id: 't', title: 'T', rowHeader: 'Key', colSums: ['count'],
    columns: [{ key: 'count', label: 'Count' }, { key: 'share', label: 'Share' }],
    rows: [
      ...Object.entries(values).map(([k, v]) => ({
        key: k, label: k, cells: { count: count(v), share: ratio('percent', v, total, [{ table: 't', row: k, col: 'count' }, { table: 't', row: TOTAL, col: 'count' }]) },
      })),
      { key: TOTAL, label: 'Total', total: true, cells: { count: count(total) } },
    ],
  };
}

const cell = (t: ReportTable, row: string, col = 'count'): Cell => t.rows.find((r) => r.key === row)!.cells[col];

describe('small-count suppression', () => {
  it('hides counts from 1 to 4, keeps 0 and 5 and more', () => {
    const t = table({ a: 0, b: 1, c: 4, d: 5, e: 20 });
    suppressSmallCounts([[t]]);
    expect(['a', 'b', 'c', 'd', 'e'].map((k) => cell(t, k).suppressed ?? null)).toEqual([null, 'small', 'small', null, null]);
    expect(formatCell(cell(t, 'b'), 'fewer than 5')).toBe('fewer than 5');
    expect(hasVisibleSmallCount([t])).toBe(false);
  });

  it('hides a second count when one hidden count could be worked out from the total', () => {
    const t = table({ a: 3, b: 7, c: 40 });
    suppressSmallCounts([[t]]);
    expect(cell(t, 'a').suppressed).toBe('small');
    // 7 is the smallest other non-zero count; it reads "hidden", not "fewer than 5" (it is not).
    expect(cell(t, 'b').suppressed).toBe('secondary');
    expect(formatCell(cell(t, 'b'), 'fewer than 5')).toBe('hidden');
    expect(cell(t, 'c').suppressed).toBeUndefined();
  });

  it('does nothing more when two counts are already hidden, or the total is hidden', () => {
    const t = table({ a: 2, b: 3, c: 40 });
    suppressSmallCounts([[t]]);
    expect(cell(t, 'c').suppressed).toBeUndefined();
    const u = table({ a: 1, b: 0, c: 2 });
    suppressSmallCounts([[u]]);
    expect(cell(u, TOTAL).suppressed).toBe('small');
  });

  it('hides shares computed from a hidden count', () => {
    const t = table({ a: 3, b: 7, c: 40 });
    suppressSmallCounts([[t]]);
    expect(cell(t, 'a', 'share').suppressed).toBe('derived');
    expect(cell(t, 'b', 'share').suppressed).toBe('derived');
    expect(cell(t, 'c', 'share').suppressed).toBeUndefined();
  });

  it('across forces: the all-forces total cannot give a hidden count away', () => {
    const f1 = table({ a: 2, b: 30 });
    const f2 = table({ a: 9, b: 30 });
    const f3 = table({ a: 12, b: 30 });
    const all = table({ a: 23, b: 90 });
    suppressSmallCounts([[f1], [f2], [f3]], [all]);
    expect(cell(f1, 'a').suppressed).toBe('small');
    expect(cell(f2, 'a').suppressed).toBe('secondary');
    expect(cell(f3, 'a').suppressed).toBeUndefined();
    // f1's own column: 2 hidden, total 32 shown → b is hidden too; that in turn hides another force's b.
    expect(cell(f1, 'b').suppressed).toBe('secondary');
    const hiddenB = [f1, f2, f3].filter((t) => cell(t, 'b').suppressed).length;
    expect(hiddenB).toBeGreaterThanOrEqual(2);
  });

  it('leaves no group with exactly one hidden member and a visible total (property over random tables)', () => {
    let seed = 1;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let run = 0; run < 200; run++) {
      const forces = [0, 1, 2].map(() => table({ a: Math.floor(rnd() * 12), b: Math.floor(rnd() * 8), c: Math.floor(rnd() * 30) }));
      const sum = (k: string) => forces.reduce((acc, t) => acc + (cell(t, k).value ?? 0), 0);
      const all = table({ a: sum('a'), b: sum('b'), c: sum('c') });
      suppressSmallCounts(forces.map((t) => [t]), [all]);
      for (const t of [...forces, all]) {
        expect(hasVisibleSmallCount([t])).toBe(false);
        const hidden = ['a', 'b', 'c'].filter((k) => cell(t, k).suppressed).length;
        if (!cell(t, TOTAL).suppressed) expect(hidden).not.toBe(1);
      }
      for (const k of ['a', 'b', 'c', TOTAL]) {
        if (cell(all, k).suppressed) continue;
        expect(forces.filter((t) => cell(t, k).suppressed).length).not.toBe(1);
      }
    }
  });
});
