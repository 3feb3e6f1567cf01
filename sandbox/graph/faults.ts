// Fault switches for tests: make the next N Graph requests fail with a chosen status (and
// Retry-After), drop their connections without an answer, or add latency to every request.
// Rules apply to top-level HTTP requests only (a $batch counts as one request), in arrival order.
import { GraphError } from './errors';

/** Which Graph requests a fault applies to: method and path prefix (all when empty). */
export interface RequestMatch {
  /** Only requests with this method (case-insensitive). */
  method?: string;
  /** Only requests whose path (with or without the /v1.0 or /beta prefix) starts with this. */
  pathPrefix?: string;
}

/** A fault: matching requests fail with `status`, optionally with Retry-After (s). */
export interface FailOptions extends RequestMatch {
  status: number;
  /** Seconds, sent as Retry-After (fractions allowed). */
  retryAfter?: number;
  /** Error code in the body; defaults by status (serviceNotAvailable, generalException, ...). */
  code?: string;
}

interface Rule<T> {
  remaining: number;
  options: T;
}

/** The faults armed now: failures and drops left, and the added latency (ms). */
export interface FaultState {
  failures: { remaining: number; options: FailOptions }[];
  drops: { remaining: number; options: RequestMatch }[];
  latencyMs: number;
  /** Gateway mode: `%2F` in a request path is decoded to `/` before routing. */
  decodeEncodedSlashes: boolean;
}

function matches(match: RequestMatch, method: string, paths: string[]): boolean {
  if (match.method !== undefined && match.method.toUpperCase() !== method.toUpperCase()) {
    return false;
  }
  const prefix = match.pathPrefix;
  return prefix === undefined || paths.some((p) => p.startsWith(prefix));
}

function take<T extends RequestMatch>(
  rules: Rule<T>[],
  method: string,
  paths: string[],
): T | undefined {
  const rule = rules.find((r) => r.remaining > 0 && matches(r.options, method, paths));
  if (!rule) return undefined;
  rule.remaining -= 1;
  if (rule.remaining === 0) rules.splice(rules.indexOf(rule), 1);
  return rule.options;
}

/** Reads FailOptions from admin JSON; throws TypeError for a wrong shape. */
export function validateFailOptions(value: unknown): FailOptions {
  const o = (value ?? {}) as Partial<FailOptions>;
  if (
    typeof o !== 'object' ||
    typeof o.status !== 'number' ||
    !Number.isInteger(o.status) ||
    o.status < 400 ||
    o.status > 599
  ) {
    throw new TypeError('status must be an HTTP error status (400..599)');
  }
  if (o.retryAfter !== undefined && (typeof o.retryAfter !== 'number' || !(o.retryAfter >= 0))) {
    throw new TypeError('retryAfter must be a number of seconds >= 0');
  }
  return {
    ...validateMatch(o),
    status: o.status,
    ...(o.retryAfter === undefined ? {} : { retryAfter: o.retryAfter }),
    ...(typeof o.code === 'string' ? { code: o.code } : {}),
  };
}

/** Reads a RequestMatch from admin JSON; throws TypeError for a wrong shape. */
export function validateMatch(value: unknown): RequestMatch {
  const o = (value ?? {}) as Partial<RequestMatch>;
  if (o.method !== undefined && typeof o.method !== 'string')
    throw new TypeError('method must be a string');
  if (o.pathPrefix !== undefined && typeof o.pathPrefix !== 'string')
    throw new TypeError('pathPrefix must be a string');
  return {
    ...(o.method === undefined ? {} : { method: o.method }),
    ...(o.pathPrefix === undefined ? {} : { pathPrefix: o.pathPrefix }),
  };
}

/** The armed faults: fail or drop the next N matching requests, added latency. */
export class FaultSwitches {
  #failures: Rule<FailOptions>[] = [];
  #drops: Rule<RequestMatch>[] = [];
  #latencyMs = 0;
  #decodeEncodedSlashes = false;

  /** The next `count` requests matching `options` fail as it says (after faults armed before). */
  failNext(count: number, options: FailOptions): void {
    if (count > 0) this.#failures.push({ remaining: count, options });
  }

  /** The next `count` requests matching `match` get their connection dropped, no answer. */
  dropNext(count: number, match: RequestMatch = {}): void {
    if (count > 0) this.#drops.push({ remaining: count, options: match });
  }

  /** Delays every answer by `ms` (negatives count as 0). */
  setLatency(ms: number): void {
    this.#latencyMs = Math.max(0, ms);
  }

  /** The delay added to every answer, ms. */
  get latencyMs(): number {
    return this.#latencyMs;
  }

  /**
   * Gateway mode, as Graph's front end was reported to behave on other resources: `%2F` (either
   * case) in a path is decoded to `/` before routing, so an id segment holding one splits in two
   * and the request fails with 400 "Resource not found for the segment". A standing mode, not a
   * one-off fault: `clear()` leaves it; the server's `reset()` restores the start-time value.
   */
  setDecodeEncodedSlashes(on: boolean): void {
    this.#decodeEncodedSlashes = on;
  }

  /** Whether `%2F` in a path is decoded before routing, as some gateways do. */
  get decodeEncodedSlashes(): boolean {
    return this.#decodeEncodedSlashes;
  }

  /** The path as routing sees it under the gateway mode (the request log keeps what was sent). */
  routedPath(rawPath: string): string {
    return this.#decodeEncodedSlashes ? rawPath.replace(/%2F/gi, '/') : rawPath;
  }

  /** Whether this request is to be dropped (using up one drop that matches it). */
  takeDrop(method: string, paths: string[]): boolean {
    return take(this.#drops, method, paths) !== undefined;
  }

  /** The failure this request gets, using up one that matches it; undefined for none. */
  takeFailure(method: string, paths: string[]): FailOptions | undefined {
    return take(this.#failures, method, paths);
  }

  /** The armed faults, as copies. */
  state(): FaultState {
    return {
      failures: this.#failures.map((r) => ({ remaining: r.remaining, options: { ...r.options } })),
      drops: this.#drops.map((r) => ({ remaining: r.remaining, options: { ...r.options } })),
      latencyMs: this.#latencyMs,
      decodeEncodedSlashes: this.#decodeEncodedSlashes,
    };
  }

  /** Disarms every fault and the latency. */
  clear(): void {
    this.#failures = [];
    this.#drops = [];
    this.#latencyMs = 0;
  }
}

const DEFAULT_FAULT_CODES: Record<number, string> = {
  429: 'TooManyRequests',
  500: 'generalException',
  502: 'badGateway',
  503: 'serviceNotAvailable',
  504: 'gatewayTimeout',
};

/** The Graph error an injected failure answers with (Graph's own code for the status). */
export function faultError(failure: FailOptions): GraphError {
  const code =
    failure.code ??
    DEFAULT_FAULT_CODES[failure.status] ??
    (failure.status < 500 ? 'BadRequest' : 'generalException');
  return new GraphError(
    failure.status,
    code,
    `Injected failure (sandbox fault switch): HTTP ${failure.status}.`,
    failure.retryAfter === undefined ? {} : { 'Retry-After': String(failure.retryAfter) },
  );
}
