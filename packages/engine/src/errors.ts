/** Errors the engine throws for bad input. Messages never contain post text. */

/** Error codes callers can branch on. */
export type PeelInputErrorCode = 'NOT_A_POST' | 'TEXT_NOT_STRING' | 'TEXT_TOO_LONG' | 'BAD_FIELD' | 'BAD_POLICY';

/** Bad input to the engine: the caller should show `message` and not retry as is. */
export class PeelInputError extends Error {
  readonly code: PeelInputErrorCode;
  constructor(code: PeelInputErrorCode, message: string) {
    super(message);
    this.name = 'PeelInputError';
    this.code = code;
  }
}

/** The longest post text `check()` accepts, in UTF-16 code units. */
export const MAX_TEXT_LENGTH = 100_000;
