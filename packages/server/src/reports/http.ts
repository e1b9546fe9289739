/**
 * Sending a report over HTTP in the format asked for, and the default
 * period (the last twelve months, to today) when none is given.
 */
import type { FastifyReply } from 'fastify';
import { parsePeriod, type Period } from './period.js';
import { renderCsv } from './render-csv.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderPdf } from './render-pdf.js';
import type { AnyReport } from './service.js';

/** Formats a report can be sent in. */
export const REPORT_FORMATS = ['json', 'csv', 'pdf', 'html'] as const;
/** One of REPORT_FORMATS. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The asked-for period, or from the first day of the month eleven months ago to today. */
export function periodOrDefault(from: string | undefined, to: string | undefined, now: Date): Period {
  const end = to ?? now.toISOString().slice(0, 10);
  if (from !== undefined) return parsePeriod(from, end);
  const d = new Date(`${end.slice(0, 7)}-01T00:00:00.000Z`);
  d.setUTCMonth(d.getUTCMonth() - 11);
  return parsePeriod(d.toISOString().slice(0, 10), end);
}

/** A safe download name, e.g. `peel-report-nsh-2025-01-01-to-2025-03-31.pdf`. */
export function fileName(r: AnyReport, ext: string): string {
  const who = r.kind === 'force' ? r.force.code : 'all-forces';
  return `peel-report-${who}-${r.period.from}-to-${r.period.to}.${ext}`.replace(/[^A-Za-z0-9._-]/g, '_');
}

/** Render and send; JSON is returned for the route helper to send. */
export async function sendReport(reply: FastifyReply, r: AnyReport, format: ReportFormat, path: string): Promise<unknown> {
  switch (format) {
    case 'json':
      return renderJson(r);
    case 'csv':
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${fileName(r, 'csv')}"`).send(renderCsv(r));
    case 'pdf':
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${fileName(r, 'pdf')}"`).send(await renderPdf(r));
    case 'html': {
      const q = `from=${r.period.from}&to=${r.period.to}`;
      return reply.type('text/html; charset=utf-8').send(renderHtml(r, { pdf: `${path}?${q}&format=pdf`, csv: `${path}?${q}&format=csv`, json: `${path}?${q}&format=json` }));
    }
  }
}
