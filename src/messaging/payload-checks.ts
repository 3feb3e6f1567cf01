// The checks every message validator (parse-request.ts, ui-validators.ts) shares: what a payload
// is, ids, times and limits, with the bounds no sender may exceed.

/** A message payload as received: any JSON object, nothing trusted yet. */
export type Bag = Record<string, unknown>;

/** A plain object (not null, not an array): the only payload shape a message may have. */
export const isBag = (value: unknown): value is Bag =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Longest search query kept (longer ones are cut, not refused). */
export const MAX_QUERY_LENGTH = 500;
/** Longest id or URL accepted as an id (appActivityId, page URL). */
export const MAX_ID_LENGTH = 4096;

/** A finite number: a time in ms since the epoch. */
export const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** A non-empty string of at most MAX_ID_LENGTH characters. */
export const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;

/** A positive integer at most `max`, or undefined when absent; null when malformed. */
export function optionalLimit(value: unknown, max: number): number | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) return null;
  return Math.min(value, max);
}
