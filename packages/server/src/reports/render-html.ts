/**
 * A report as an HTML page with its tables and an inline SVG bar chart per
 * table. No scripts and no inline styles (the app's Content-Security-Policy
 * allows neither): the stylesheet is served at /public/peel.css.
 */
import { toDocument } from './document.js';
import { SUPPRESSED_TEXT } from './labels.js';
import type { AnyReport } from './service.js';
import { formatCell, type ReportTable } from './table.js';

/** Escape text for HTML content and attribute values. */
export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A horizontal bar chart of one column (total rows left out); empty when there is nothing to draw. */
export function barChartSvg(t: ReportTable, col: string): string {
  const rows = t.rows.filter((r) => !r.total && r.cells[col] !== undefined);
  if (rows.length === 0) return '';
  const values = rows.map((r) => (r.cells[col].suppressed ? null : r.cells[col].value));
  const max = Math.max(0, ...values.map((v) => v ?? 0));
  const rowH = 22;
  const labelW = 210;
  const barW = 330;
  const height = rows.length * rowH + 8;
  const colLabel = t.columns.find((c) => c.key === col)?.label ?? col;
  const bars = rows.map((r, i) => {
    const y = 4 + i * rowH;
    const v = values[i];
    const w = v === null || max === 0 ? 0 : Math.max(v > 0 ? 1 : 0, (v / max) * barW);
    return `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end" class="chart-label">${esc(clip(r.label, 32))}</text>`
      + `<rect x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="#1d4f91"/>`
      + `<text x="${labelW + w + 6}" y="${y + 15}" class="chart-value">${esc(formatCell(r.cells[col], SUPPRESSED_TEXT))}</text>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 660 ${height}" width="660" height="${height}" aria-label="${esc(`${t.title}: ${colLabel}`)}">${bars}</svg>`;
}

function tableHtml(t: ReportTable): string {
  const head = `<tr><th scope="col">${esc(t.rowHeader)}</th>${t.columns.map((c) => `<th scope="col">${esc(c.label)}</th>`).join('')}</tr>`;
  const body = t.rows.map((r) => `<tr${r.total ? ' class="total"' : ''}><th scope="row">${esc(r.label)}</th>${t.columns
    .map((c) => `<td${r.cells[c.key]?.suppressed ? ' class="suppressed"' : ''}>${esc(formatCell(r.cells[c.key], SUPPRESSED_TEXT))}</td>`).join('')}</tr>`).join('');
  const chart = t.chart ? barChartSvg(t, t.chart) : '';
  return `<section id="t-${esc(t.id)}"><h2>${esc(t.title)}</h2>${t.note ? `<p class="note">${esc(t.note)}</p>` : ''}`
    + `<div class="table-wrap"><table><thead>${head}</thead><tbody>${body}</tbody></table></div>`
    + `${chart ? `<figure>${chart}</figure>` : ''}</section>`;
}

/** Links offered at the top of the page (e.g. the same report as CSV, PDF, JSON). */
export interface HtmlLinks { csv?: string; pdf?: string; json?: string }

/** The report as a complete HTML page. */
export function renderHtml(r: AnyReport, links: HtmlLinks = {}): string {
  const doc = toDocument(r);
  const dl = (['pdf', 'csv', 'json'] as const).filter((k) => links[k]).map((k) => `<a href="${esc(links[k] as string)}">${k.toUpperCase()}</a>`).join(' · ');
  const toc = doc.tables.map((t) => `<li><a href="#t-${esc(t.id)}">${esc(t.title)}</a></li>`).join('');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`
    + `<title>${esc(doc.title)}</title><link rel="stylesheet" href="/public/peel.css"></head><body class="report"><main>`
    + `<h1>${esc(doc.title)}</h1>${doc.lines.map((l) => `<p class="meta">${esc(l)}</p>`).join('')}`
    + `${dl ? `<p class="downloads">Download: ${dl}</p>` : ''}<nav aria-label="Contents"><ol>${toc}</ol></nav>`
    + `${doc.tables.map(tableHtml).join('')}</main></body></html>`;
}
