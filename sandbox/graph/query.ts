// OData query options for GET /me/activities and /me/activities/recent, as the docs list them:
// `$top` (the most items returned across all pages), `$expand=historyItems` (optionally with its own
// `$filter`), and `$filter` on lastModifiedDateTime. Paging state travels in an opaque `$skiptoken`.
import { badRequest } from './errors';
import { compareInstants, type Instant, parseDateTimeOffset } from './datetime';

/** The OData comparison operators Graph's $filter takes on dates. */
export type Comparison = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

/** One `lastModifiedDateTime <op> <date>` clause of a $filter, the date as an Instant. */
export interface Clause {
  op: Comparison;
  value: Instant;
}

/** Clauses on lastModifiedDateTime joined by `and`. */
export type Filter = Clause[];

/**
 * A list request's options: items left ($top), $expand=historyItems (with its own filter), $filter,
 * where to resume.
 */
export interface ListQuery {
  /** Items still allowed across the remaining pages; undefined = no limit. */
  remaining?: number;
  expandHistory: boolean;
  historyFilter?: Filter;
  filter?: Filter;
  /** Keyset position: continue strictly after this item. */
  after?: { sortMs: number; sortTicks: number; seq: number };
}

const SUPPORTED = new Set(['$top', '$expand', '$filter', '$skiptoken']);
const KNOWN_UNSUPPORTED = new Set([
  '$select',
  '$orderby',
  '$skip',
  '$count',
  '$search',
  '$format',
  '$apply',
  '$compute',
]);

const CLAUSE =
  /^\s*lastModifiedDateTime\s+(eq|ne|gt|ge|lt|le)\s+(?:'([^']*)'|([0-9T:.+\-Zz]+))\s*$/i;

/** Parses a $filter (`and`-joined date comparisons); throws a 400 GraphError otherwise. */
export function parseFilter(text: string): Filter {
  if (text.trim() === '') throw badRequest('$filter must not be empty.');
  return text.split(/\s+and\s+/i).map((part) => {
    const m = CLAUSE.exec(part);
    if (!m) {
      throw badRequest(
        `Invalid filter clause '${part.trim()}': only comparisons of lastModifiedDateTime (eq, ne, gt, ge, lt, le) joined by 'and' are supported.`,
      );
    }
    const [, op = '', quoted, bare] = m;
    const text = quoted ?? bare ?? '';
    const value = parseDateTimeOffset(text);
    if (!value) throw badRequest(`'${text}' in $filter is not a valid DateTimeOffset.`);
    return { op: op.toLowerCase() as Comparison, value };
  });
}

/** Whether the instant `t` satisfies every clause of `filter` (none: true). */
export function matchesFilter(filter: Filter | undefined, t: Instant): boolean {
  if (!filter) return true;
  return filter.every(({ op, value }) => {
    const c = compareInstants(t, value);
    switch (op) {
      case 'eq':
        return c === 0;
      case 'ne':
        return c !== 0;
      case 'gt':
        return c > 0;
      case 'ge':
        return c >= 0;
      case 'lt':
        return c < 0;
      case 'le':
        return c <= 0;
    }
  });
}

const EXPAND = /^\s*historyItems\s*(?:\(\s*\$filter\s*=\s*(.*)\)\s*)?$/i;

function parseExpand(text: string): Pick<ListQuery, 'expandHistory' | 'historyFilter'> {
  const m = EXPAND.exec(text);
  if (!m) {
    throw badRequest(
      `Could not expand '${text}': only historyItems (optionally with its own $filter) can be expanded.`,
    );
  }
  const nested = m[1];
  return nested === undefined
    ? { expandHistory: true }
    : { expandHistory: true, historyFilter: parseFilter(nested) };
}

interface SkipTokenState {
  v: 1;
  kind: string;
  remaining?: number;
  expand?: string;
  filter?: string;
  after: { sortMs: number; sortTicks: number; seq: number };
}

/**
 * The $skiptoken of the next page: the options, items left and where the page ended (base64url
 * JSON).
 */
export function encodeSkipToken(
  kind: string,
  raw: { expand?: string; filter?: string },
  remaining: number | undefined,
  after: { sortMs: number; sortTicks: number; seq: number },
): string {
  const state: SkipTokenState = { v: 1, kind, ...raw, after };
  if (remaining !== undefined) state.remaining = remaining;
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

function decodeSkipToken(token: string, kind: string): SkipTokenState {
  const invalid = badRequest('The $skiptoken is invalid or does not belong to this request.');
  let state: unknown;
  try {
    state = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (typeof state !== 'object' || state === null) throw invalid;
  const s = state as Partial<SkipTokenState>;
  const after = s.after;
  const isNum = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  if (
    s.v !== 1 ||
    s.kind !== kind ||
    !after ||
    !isNum(after.sortMs) ||
    !isNum(after.sortTicks) ||
    !isNum(after.seq) ||
    (s.remaining !== undefined && (!Number.isInteger(s.remaining) || s.remaining < 1)) ||
    (s.expand !== undefined && typeof s.expand !== 'string') ||
    (s.filter !== undefined && typeof s.filter !== 'string')
  ) {
    throw invalid;
  }
  return s as SkipTokenState;
}

/** A list request read: its query, and the option text carried to the next page. */
export interface ParsedListQuery {
  query: ListQuery;
  /** The original option text, carried into the next page's skiptoken. */
  raw: { expand?: string; filter?: string };
}

/** Parses the query string of a list request; `kind` separates list and recent skiptokens. */
export function parseListQuery(params: URLSearchParams, kind: string): ParsedListQuery {
  const seen = new Set<string>();
  for (const name of params.keys()) {
    const lower = name.toLowerCase();
    if (seen.has(lower)) throw badRequest(`Query option '${name}' was specified more than once.`);
    seen.add(lower);
    if (lower.startsWith('$') && !SUPPORTED.has(lower)) {
      throw badRequest(
        KNOWN_UNSUPPORTED.has(lower)
          ? `Query option '${name}' is not supported on user activities.`
          : `The query parameter '${name}' is not supported.`,
      );
    }
  }
  const get = (name: string): string | undefined => {
    for (const [key, value] of params) if (key.toLowerCase() === name) return value;
    return undefined;
  };

  const skiptoken = get('$skiptoken');
  if (skiptoken !== undefined) {
    // The next link carries the whole state; options repeated next to it are ignored, as Graph's
    // next links are meant to be followed verbatim.
    const state = decodeSkipToken(skiptoken, kind);
    const raw = {
      ...(state.expand === undefined ? {} : { expand: state.expand }),
      ...(state.filter === undefined ? {} : { filter: state.filter }),
    };
    return {
      raw,
      query: {
        ...(state.remaining === undefined ? {} : { remaining: state.remaining }),
        ...(raw.expand === undefined ? { expandHistory: false } : parseExpand(raw.expand)),
        ...(raw.filter === undefined ? {} : { filter: parseFilter(raw.filter) }),
        after: state.after,
      },
    };
  }

  const top = get('$top');
  let remaining: number | undefined;
  if (top !== undefined) {
    if (!/^\d{1,9}$/.test(top) || Number(top) < 1) {
      throw badRequest(`Invalid value '${top}' for $top: a positive integer is required.`);
    }
    remaining = Number(top);
  }
  const expand = get('$expand');
  const filter = get('$filter');
  return {
    raw: {
      ...(expand === undefined ? {} : { expand }),
      ...(filter === undefined ? {} : { filter }),
    },
    query: {
      ...(remaining === undefined ? {} : { remaining }),
      ...(expand === undefined ? { expandHistory: false } : parseExpand(expand)),
      ...(filter === undefined ? {} : { filter: parseFilter(filter) }),
    },
  };
}
