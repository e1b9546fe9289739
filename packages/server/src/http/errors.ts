/**
 * One error shape for every failure: `{ error: { code, message, details? } }`.
 * Messages are safe to show; they never echo the request body.
 */
import { PeelInputError } from '@peel/engine';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod/v4';
import { DomainError, ERROR_STATUS, type ErrorCode } from '../domain/errors.js';
import { BadCursorError } from '../storage/index.js';
import { OutsideTransactionError } from '../storage/sql/store.js';

/** The body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

/** A zod failure as a list of `{ path, message }` (no input values, which may be personal data). */
function zodDetails(e: z.ZodError): Array<{ path: string; message: string }> {
  return e.issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }));
}

const FASTIFY_CODES: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload_too_large', 'The request body is too large.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 'Send JSON, with Content-Type: application/json.'],
  FST_ERR_CTP_INVALID_JSON_BODY: ['bad_request', 'The request body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['bad_request', 'The request body is empty; send a JSON object.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['bad_request', 'The Content-Length does not match the body.'],
};

/** Map any thrown value to a status and the error body. */
export function toErrorBody(err: unknown): { status: number; body: ErrorBody } {
  const make = (code: ErrorCode, message: string, details?: unknown) => ({
    status: ERROR_STATUS[code], body: { error: details === undefined ? { code, message } : { code, message, details } },
  });
  if (err instanceof DomainError) return make(err.code, err.message, err.details);
  if (err instanceof z.ZodError) return make('invalid', 'The request is not valid.', zodDetails(err));
  if (err instanceof BadCursorError) return make('bad_request', err.message);
  if (err instanceof PeelInputError) return make('invalid', err.message, { engineCode: err.code });
  const fe = err as Partial<FastifyError>;
  if (typeof fe?.code === 'string' && FASTIFY_CODES[fe.code]) return make(...FASTIFY_CODES[fe.code]);
  if (typeof fe?.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { status: fe.statusCode, body: { error: { code: 'bad_request', message: 'The request could not be understood.' } } };
  }
  return make('internal', 'Something went wrong on our side. It has been logged.');
}

/** Fastify error handler: log server faults without request data, answer in the one shape. */
export function errorHandler(err: unknown, req: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = toErrorBody(err);
  if (status >= 500) {
    // Only the error's class, code and stack: never the body, which may hold post text.
    const e = err as Error & { code?: unknown };
    req.log.error({ err: { type: e?.name, code: e?.code, stack: e instanceof OutsideTransactionError || status >= 500 ? e?.stack : undefined } }, 'request failed');
  }
  const retry = (body.error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
  if (retry) void reply.header('retry-after', String(retry));
  void reply.code(status).send(body);
}
