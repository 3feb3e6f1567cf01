/**
 * How errors cross the message boundary between the worker and the extension's pages: as plain
 * `{ code, message }` data (structured clone drops an Error's own fields), rebuilt on the caller's
 * side as a `MessageError` carrying the same code. One serialiser for every reply, so the code the
 * worker's error carried (`GraphError.code`, `TokenUnavailableError.code`, …) is what the page sees.
 */

/** An error as data: `code` is stable and what callers branch on; `message` is for people. */
export interface SerializedError {
  code: string;
  message: string;
}

/** The code for an error that does not carry one of its own. */
export const UNKNOWN_ERROR_CODE = 'internal';

/**
 * Turns anything thrown into `{ code, message }`: `code` is the error's own string `code` property
 * when it has one (every error class in this project that callers branch on does), else
 * `fallbackCode`. Never throws.
 */
export function serializeError(error: unknown, fallbackCode = UNKNOWN_ERROR_CODE): SerializedError {
  const own =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  const code = typeof own === 'string' && own !== '' ? own : fallbackCode;
  const message = error instanceof Error ? error.message : String(error);
  return { code, message };
}

/** A `{ ok: false }` reply from the worker, rethrown on the caller's side with its code. */
export class MessageError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Rebuilds the error a reply carried, for the caller to throw. */
export function deserializeError(error: SerializedError): MessageError {
  return new MessageError(error.code, error.message);
}

/** An error raised by the worker itself with a stable code (not Graph's, not sign-in's). */
export class WorkerError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'WorkerError';
  }
}
