/** Shared request and response schemas (zod v4: also the source of the OpenAPI document). */
import { z } from 'zod/v4';
import { MAX_PAGE } from '../storage/index.js';

/** A UUID path parameter. */
export const Id = z.string().uuid();
/** `{ id }` path parameters. */
export const IdParams = z.strictObject({ id: Id });

/** Short single-line text (names, handles, notes titles). */
export const Short = (max = 200) => z.string().trim().min(1).max(max);
/** Longer free text (notes, reasons). */
export const Long = (max = 5000) => z.string().trim().min(1).max(max);
/** ISO date `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD.').refine((s) => !Number.isNaN(Date.parse(s)), 'Not a real date.');
/** ISO 8601 date-time. */
export const IsoDateTime = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'Use an ISO 8601 date-time.');
/** An http(s) URL. */
export const HttpUrl = z.string().max(2000).url().refine((u) => /^https?:\/\//i.test(u), 'Use an http or https URL.');

/** `?limit=&cursor=` on list routes. */
export const PageQuery = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).default(50),
  cursor: z.string().max(200).optional(),
};

/** A page of items. */
export const PageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** The error shape, for documentation. */
export const ErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** A version number the client last saw, for compare-and-set updates. */
export const ExpectedVersion = z.number().int().min(0);
