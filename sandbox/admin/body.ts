// What the admin routes read from a request body: typed values or a 400 naming the field.
import { sandboxUser } from '../users';

/** An admin request refused with this HTTP status and message. */
export class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** An admin request's JSON object body. */
export type Body = Record<string, unknown>;
/** One admin route: its body and query in, its JSON answer out (or an AdminError thrown). */
export type Handler = (body: Body, query: URLSearchParams) => unknown;

/** `body[key]` as a finite number >= `min`, or a 400. */
export const num = (body: Body, key: string, min = 0): number => {
  const value = body[key];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    throw new AdminError(400, `'${key}' must be a number >= ${min}`);
  }
  return value;
};

/** `body[key]` as an integer >= `min`, or a 400. */
export const int = (body: Body, key: string, min = 0): number => {
  const value = num(body, key, min);
  if (!Number.isInteger(value)) throw new AdminError(400, `'${key}' must be an integer`);
  return value;
};

/** `body[key]` as a sandbox user's short name, or a 400 (a malformed name too). */
export const userName = (body: Body, key = 'user'): string => {
  const value = body[key];
  if (typeof value !== 'string') throw new AdminError(400, `'${key}' must be a user name`);
  try {
    return sandboxUser(value).name;
  } catch (error) {
    throw new AdminError(400, (error as Error).message);
  }
};
