/**
 * Pagination: opaque cursors that encode an offset. Lists are ordered by a
 * creation time and id, so pages are stable unless rows are inserted meanwhile.
 */
import type { Page, PageRequest } from '../../domain/model.js';

/** The most rows one page may hold. */
export const MAX_PAGE = 200;

/** Thrown for a cursor that was not made by `encodeCursor`. */
export class BadCursorError extends Error {
  constructor() {
    super('The cursor is not valid.');
    this.name = 'BadCursorError';
  }
}

/** Encode an offset as a cursor. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

/** Decode a cursor into an offset (0 when absent). */
export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === undefined || cursor === null || cursor === '') return 0;
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!raw.startsWith('o:')) throw new BadCursorError();
  const n = Number(raw.slice(2));
  if (!Number.isSafeInteger(n) || n < 0) throw new BadCursorError();
  return n;
}

/** Limit and offset for a query (reads one extra row to know whether there is a next page). */
export function window(page: PageRequest): { limit: number; offset: number } {
  const limit = Math.max(1, Math.min(MAX_PAGE, Math.floor(page.limit)));
  return { limit, offset: decodeCursor(page.cursor) };
}

/** Build a page from rows read with `limit + 1`. */
export function toPage<R, T>(rows: R[], w: { limit: number; offset: number }, map: (r: R) => T): Page<T> {
  const more = rows.length > w.limit;
  return {
    items: rows.slice(0, w.limit).map(map),
    nextCursor: more ? encodeCursor(w.offset + w.limit) : null,
  };
}
