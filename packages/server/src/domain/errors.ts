/**
 * Domain errors: a stable code the HTTP layer maps to a status, and a message
 * safe to show (never post text or personal data).
 */

/** Error codes and the HTTP status each maps to. */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid: 422,
  /** Publishing refused under rule S3 (account not accredited, suspended, closed, or not an operator). */
  refused_s3: 422,
  locked: 423,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** An expected failure with a code, a safe message and optional structured details. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

/** Shorthands. */
export const notFound = (what: string): DomainError => new DomainError('not_found', `${what} not found.`);
export const forbidden = (why = 'You do not have permission to do this.'): DomainError => new DomainError('forbidden', why);
export const conflict = (why: string, details?: unknown): DomainError => new DomainError('conflict', why, details);
export const invalid = (why: string, details?: unknown): DomainError => new DomainError('invalid', why, details);
