/**
 * A report as PDF (pdfkit): title, period, then each table with a bar chart
 * drawn with vector shapes. Tables wider than the page are split into column
 * blocks that repeat the row labels; rows that do not fit move to a new page
 * with the header repeated. Uses the built-in Helvetica (WinAnsi), so text
 * outside Latin-1 (rare in labels) may not show.
 */
import PDFDocument from 'pdfkit';
import { toDocument } from './document.js';
import { SUPPRESSED_TEXT } from './labels.js';
import type { AnyReport } from './service.js';
import { formatCell, type Column, type ReportTable } from './table.js';

type Doc = PDFKit.PDFDocument;

const MARGIN = 50;
const LABEL_W = 160;
const COL_W = 66;
const ROW_H = 14;
const BLUE = '#1d4f91';

const bottom = (doc: Doc): number => doc.page.height - MARGIN;
const contentWidth = (doc: Doc): number => doc.page.width - 2 * MARGIN;

function ensure(doc: Doc, height: number): boolean {
  if (doc.y + height <= bottom(doc)) return false;
  doc.addPage();
  return true;
}

function text(doc: Doc, s: string, x: number, y: number, width: number, align: 'left' | 'right' = 'left'): void {
  doc.text(s, x, y, { width, align, lineBreak: false, ellipsis: true });
}

function header(doc: Doc, t: ReportTable, cols: Column[]): void {
  const y = doc.y;
  doc.rect(MARGIN, y, LABEL_W + cols.length * COL_W, ROW_H + 4).fill('#e8edf4');
  doc.fillColor('black').font('Helvetica-Bold').fontSize(7.5);
  text(doc, t.rowHeader, MARGIN + 3, y + 4, LABEL_W - 6);
  cols.forEach((c, i) => text(doc, c.label, MARGIN + LABEL_W + i * COL_W, y + 4, COL_W - 4, 'right'));
  doc.y = y + ROW_H + 4;
}

function block(doc: Doc, t: ReportTable, cols: Column[]): void {
  ensure(doc, 2 * ROW_H + 4);
  header(doc, t, cols);
  for (const r of t.rows) {
    if (ensure(doc, ROW_H)) header(doc, t, cols);
    const y = doc.y;
    doc.font(r.total ? 'Helvetica-Bold' : 'Helvetica').fontSize(8).fillColor('black');
    text(doc, r.label, MARGIN + 3, y + 3, LABEL_W - 6);
    cols.forEach((c, i) => {
      const cell = r.cells[c.key];
      doc.fillColor(cell?.suppressed ? '#666666' : 'black');
      text(doc, formatCell(cell, SUPPRESSED_TEXT), MARGIN + LABEL_W + i * COL_W, y + 3, COL_W - 4, 'right');
    });
    doc.moveTo(MARGIN, y + ROW_H).lineTo(MARGIN + LABEL_W + cols.length * COL_W, y + ROW_H).lineWidth(0.3).strokeColor('#cccccc').stroke();
    doc.y = y + ROW_H;
  }
  doc.y += 6;
}

function chart(doc: Doc, t: ReportTable, col: string): void {
  const rows = t.rows.filter((r) => !r.total && r.cells[col] !== undefined);
  if (rows.length === 0) return;
  const values = rows.map((r) => (r.cells[col].suppressed ? null : r.cells[col].value));
  const max = Math.max(0, ...values.map((v) => v ?? 0));
  const barMax = contentWidth(doc) - LABEL_W - 70;
  ensure(doc, Math.min(rows.length * 13 + 20, 260));
  doc.font('Helvetica-Oblique').fontSize(7.5).fillColor('#444444');
  text(doc, `Chart: ${t.columns.find((c) => c.key === col)?.label ?? col}`, MARGIN, doc.y, contentWidth(doc));
  doc.y += 12;
  rows.forEach((r, i) => {
    ensure(doc, 13);
    const y = doc.y;
    const v = values[i];
    const w = v === null || max === 0 ? 0 : Math.max(v > 0 ? 1 : 0, (v / max) * barMax);
    doc.font('Helvetica').fontSize(7.5).fillColor('black');
    text(doc, r.label, MARGIN, y + 2, LABEL_W - 8, 'right');
    if (w > 0) doc.rect(MARGIN + LABEL_W, y + 1, w, 9).fill(BLUE);
    doc.fillColor('black');
    text(doc, formatCell(r.cells[col], SUPPRESSED_TEXT), MARGIN + LABEL_W + w + 4, y + 2, 66);
    doc.y = y + 13;
  });
  doc.y += 8;
}

function table(doc: Doc, t: ReportTable): void {
  ensure(doc, 70);
  doc.x = MARGIN;
  doc.font('Helvetica-Bold').fontSize(11.5).fillColor(BLUE).text(t.title, MARGIN, doc.y, { width: contentWidth(doc) });
  if (t.note) doc.font('Helvetica-Oblique').fontSize(7.5).fillColor('#444444').text(t.note, MARGIN, doc.y + 2, { width: contentWidth(doc) });
  doc.y += 5;
  const per = Math.max(1, Math.floor((contentWidth(doc) - LABEL_W) / COL_W));
  for (let i = 0; i < t.columns.length; i += per) block(doc, t, t.columns.slice(i, i + per));
  if (t.chart) chart(doc, t, t.chart);
  doc.y += 6;
}

/** The report as a PDF file. */
export function renderPdf(r: AnyReport): Promise<Buffer> {
  const d = toDocument(r);
  const doc = new PDFDocument({
    size: 'A4', margin: MARGIN, bufferPages: true,
    info: { Title: d.title, Author: 'Peel', Creator: 'Peel', CreationDate: new Date(r.generatedAt) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(18).fillColor('black').text(d.title, { width: contentWidth(doc) });
  doc.moveDown(0.3);
  for (const l of d.lines) doc.font('Helvetica').fontSize(9).fillColor('#333333').text(l, { width: contentWidth(doc) });
  doc.moveDown(1);
  for (const t of d.tables) table(doc, t);
  // Page numbers, now that the page count is known.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would otherwise start a new page.
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(7.5).fillColor('#666666');
    doc.text(`Page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - MARGIN + 16, { width: contentWidth(doc), align: 'center', lineBreak: false });
    doc.page.margins.bottom = keep;
  }
  doc.end();
  return done;
}
