/**
 * Reports from outside the HTTP server (the `peel report` command): open the
 * database, build a force report or the inspectorate view, render it.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openStore } from '../storage/index.js';
import { parsePeriod, type Period } from './period.js';
import { renderCsv } from './render-csv.js';
import { renderJson } from './render-json.js';
import { renderPdf } from './render-pdf.js';
import { buildForceReport, buildNationalReport, type AnyReport } from './service.js';

// What the command line needs besides reportFile: periods, and a database with demo-like data for its tests.
export { parsePeriod, type Period } from './period.js';
export { periodOrDefault } from './http.js';
export { seedReportFixture, type ReportFixture } from './fixture.js';
export { openStore } from '../storage/index.js';

/** Formats the command line writes. */
export const FILE_FORMATS = ['pdf', 'csv', 'json'] as const;
/** One of FILE_FORMATS. */
export type FileFormat = (typeof FILE_FORMATS)[number];

/** What to report on and where the database is. */
export interface ReportFileOptions {
  /** A force code, or null for the inspectorate view of every force. */
  forceCode: string | null;
  period: Period;
  format: FileFormat;
  /** `postgres://…`, `sqlite:/path` or a file; default DATABASE_URL, else PEEL_DATA_DIR (or ./data)/peel.db. */
  url?: string;
  dataDir?: string;
  now?: Date;
}

/** A mistake the caller can fix (unknown force, no database); the CLI shows its message. */
export class ReportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportInputError';
  }
}

/** Render a built report. */
export async function renderReport(r: AnyReport, format: FileFormat): Promise<Buffer> {
  if (format === 'pdf') return renderPdf(r);
  return Buffer.from(format === 'csv' ? renderCsv(r) : `${JSON.stringify(renderJson(r), null, 2)}\n`, 'utf8');
}

/** The SQLite file a URL (or the default data directory) names; null for PostgreSQL. */
function sqliteFile(url: string | undefined, dataDir: string | undefined): string | null {
  if (url === undefined || url === '') return join(resolve(dataDir ?? process.env.PEEL_DATA_DIR ?? 'data'), 'peel.db');
  if (/^postgres(ql)?:\/\//i.test(url)) return null;
  return url.replace(/^sqlite:(\/\/(?=\/))?/, '');
}

/** Open the database (without migrating it: a report only reads), build and render the report. */
export async function reportFile(o: ReportFileOptions): Promise<Buffer> {
  const url = o.url ?? process.env.DATABASE_URL;
  const file = sqliteFile(url, o.dataDir);
  // Opening SQLite would create an empty file; say where we looked instead.
  if (file !== null && !existsSync(file)) throw new ReportInputError(`no database at ${file} (set DATABASE_URL or PEEL_DATA_DIR)`);
  const { store } = await openStore({ url, dataDir: o.dataDir, migrate: false });
  try {
    const period = parsePeriod(o.period.from, o.period.to);
    const now = o.now ?? new Date();
    if (o.forceCode === null) return await renderReport(await buildNationalReport(store, period, now), o.format);
    const force = await store.forces.getByCode(o.forceCode);
    if (!force) throw new ReportInputError(`no force with code ${o.forceCode}`);
    return await renderReport(await buildForceReport(store, force.id, period, now), o.format);
  } finally {
    await store.close();
  }
}
