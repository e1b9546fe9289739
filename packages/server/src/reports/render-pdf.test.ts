/**
 * The PDFs as a reader sees them: rendered to images with pdftoppm (bars
 * really are drawn) and to text with pdftotext (titles, period, figures,
 * and in the inspectorate view no small count and no personal data).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testTargets, type TestStore } from '../storage/testing.js';
import { toDocument } from './document.js';
import { seedReportFixture, type ReportFixture } from './fixture.js';
import { renderPdf } from './render-pdf.js';
import { buildForceReport, buildNationalReport, type ForceReport, type NationalReport } from './service.js';
import { cellAt } from './table.js';

const PERIOD = { from: '2024-07-01', to: '2025-06-30' };

/** Decode a binary PPM (P6) as pdftoppm writes it. */
function readPpm(buf: Buffer): { width: number; height: number; rgb: Buffer } {
  const header = buf.subarray(0, 64).toString('latin1');
  const m = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header);
  if (!m) throw new Error('not a P6 PPM');
  return { width: Number(m[1]), height: Number(m[2]), rgb: buf.subarray(m[0].length) };
}

/** Pixels close to the bar colour #1d4f91. */
function barPixels(p: { rgb: Buffer }): number {
  let n = 0;
  for (let i = 0; i + 2 < p.rgb.length; i += 3) {
    if (Math.abs(p.rgb[i] - 0x1d) < 12 && Math.abs(p.rgb[i + 1] - 0x4f) < 12 && Math.abs(p.rgb[i + 2] - 0x91) < 12) n++;
  }
  return n;
}

describe('PDF reports, rendered with poppler', () => {
  let ts: TestStore;
  let fx: ReportFixture;
  let dir: string;
  let force: ForceReport;
  let national: NationalReport;
  beforeAll(async () => {
    ts = await testTargets()[0].open();
    fx = await seedReportFixture(ts.store);
    dir = mkdtempSync(join(tmpdir(), 'peel-pdf-'));
    force = await buildForceReport(ts.store, fx.forces[0].id, PERIOD, new Date('2025-07-02T10:00:00Z'));
    national = await buildNationalReport(ts.store, PERIOD, new Date('2025-07-02T10:00:00Z'));
  }, 60_000);
  afterAll(async () => {
    await ts?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the force report renders to pages with bars, and its text carries the figures', async () => {
    const file = join(dir, 'force.pdf');
    const pdf = await renderPdf(force);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-r', '40', '-f', '1', '-l', '2', file, join(dir, 'page')]);
    const pages = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.ppm')).sort();
    expect(pages.length).toBe(2);
    const first = readPpm(readFileSync(join(dir, pages[0])));
    // A4 at 40 dpi is about 331 x 468 pixels.
    expect(first.width).toBeGreaterThan(300);
    expect(first.height).toBeGreaterThan(first.width);
    expect(barPixels(first)).toBeGreaterThan(200);

    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('Northshire Police: social media report');
    expect(text).toContain('Period: 2024-07-01 to 2025-06-30');
    for (const t of force.tables) expect(text, t.title).toContain(t.title);
    const total = cellAt(force.tables, { table: 'accounts_status', row: 'all', col: 'count' })?.value;
    expect(text).toMatch(new RegExp(`Total\\s+${total}\\b`));
    const pagesCount = Number(execFileSync('pdfinfo', [file]).toString().match(/Pages:\s+(\d+)/)?.[1]);
    expect(text).toContain(`Page ${pagesCount} of ${pagesCount}`);
  });

  it('the inspectorate PDF shows forces side by side, says "fewer than 5" for every small count, and names nobody', async () => {
    const file = join(dir, 'national.pdf');
    writeFileSync(file, await renderPdf(national));
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('Inspectorate view');
    expect(text).toMatch(/NSH\s+SIP\s+WMC\s+All forces/);
    const doc = toDocument(national);
    const small = doc.tables.flatMap((t) => t.rows.flatMap((r) => t.columns.map((c) => r.cells[c.key]))).filter((c) => c?.suppressed === 'small').length;
    expect(small).toBeGreaterThan(0);
    expect(text.split('fewer than 5').length - 1).toBe(small + 1); // + the explanation line
    for (const s of fx.secrets) expect(text.includes(s), 'personal data or a reason in the PDF').toBe(false);
    execFileSync('pdftoppm', ['-r', '40', '-f', '1', '-l', '1', file, join(dir, 'nat')]);
    const img = readPpm(readFileSync(join(dir, readdirSync(dir).find((f) => f.startsWith('nat') && f.endsWith('.ppm')) as string)));
    expect(barPixels(img)).toBeGreaterThan(50);
  });
});
