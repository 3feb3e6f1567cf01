// Typed client for the admin API, for tests, benchmarks and scripts (Node's global fetch).
import type {
  Budget,
  FailOptions,
  FaultState,
  RequestLogEntry,
  RequestMatch,
  SandboxDump,
  SandboxInfo,
} from './types';
import type { ConnectorStats, ExternalConnectionJson, RecordedActivity } from './connector-admin';

/**
 * The sandbox's admin API as tests call it: data (dump, reset, seeding), request log, faults,
 * budgets, clock, tokens and the provider's sign-in switches.
 */
export interface SandboxAdmin {
  info(): Promise<SandboxInfo>;
  /** The next `count` matching Graph requests fail with `options.status` (+ Retry-After). */
  failNext(count: number, options: FailOptions): Promise<FaultState>;
  /** The next `count` matching Graph requests get their connection closed without an answer. */
  dropNext(count: number, match?: RequestMatch): Promise<FaultState>;
  /** Adds `ms` of latency before every Graph request is handled. */
  setLatency(ms: number): Promise<FaultState>;
  /**
   * Gateway mode on or off: `%2F` in request paths is decoded before routing, as Graph's front
   * end was reported to do (an id holding one then fails with 400). Kept by clearFaults; reset
   * restores the start option `decodeEncodedSlashes`.
   */
  setDecodeEncodedSlashes(on: boolean): Promise<FaultState>;
  clearFaults(): Promise<FaultState>;
  faults(): Promise<FaultState>;
  /** Everything stored, per user, with write counts. */
  dump(): Promise<SandboxDump>;
  /**
   * Back to the state at start: clears data, request log, faults and budget usage, and restores
   * the start-time budgets, page size, access-token lifetime and auto-login (off). Provider
   * sessions stay (use endSession); the clock is never turned back.
   */
  reset(): Promise<void>;
  /** Every Graph request (and batch part) since `sinceSeq`, in arrival order. */
  requestLog(sinceSeq?: number): Promise<RequestLogEntry[]>;
  clearRequestLog(): Promise<void>;
  setBudget(budget: {
    writes?: Budget;
    reads?: Budget;
  }): Promise<{ writes: Budget; reads: Budget }>;
  budget(user?: string): Promise<{
    writes: Budget;
    reads: Budget;
    usage?: { writes: Budget; reads: Budget };
  }>;
  /** Sandbox-clock now (ms). */
  now(): Promise<number>;
  /** Jumps the sandbox clock forward (budgets, timestamps and expiry follow; tokens do not). */
  advanceClock(ms: number): Promise<number>;
  /** Activities scanned per list page before the CreatedByApp filter. */
  setPageSize(size: number): Promise<void>;
  /** Stores `count` activities of another app for `user` (they make list pages come back empty). */
  seedForeignActivities(user: string, count: number): Promise<void>;
  /**
   * Stores activities of the extension's app for `user` as their PUT would (same validation,
   * history items deep-inserted), without a Graph request each: benchmark set-up. Returns Graph's
   * id of each, by appActivityId. Throws SandboxAdminError (400) on a body a PUT would refuse.
   */
  seedActivities(
    user: string,
    activities: readonly { appActivityId: string; body: Record<string, unknown> }[],
  ): Promise<Record<string, string>>;
  /** A real access token from the provider (for scripts and server tests). */
  mintToken(
    user: string,
    options?: { expiresInSec?: number; scope?: string; clientId?: string; audience?: string },
  ): Promise<string>;
  /** Sign in without the login page: as `user` (or as the login_hint's user), or null to show it. */
  setAutoLogin(user: string | null): Promise<void>;
  /**
   * Ends the user's provider sessions and revokes their grants (refresh tokens stop working). With
   * `keepGrants`, only the sessions end (the user signed out of the provider; refresh tokens live
   * on, but no silent sign-in can succeed).
   */
  endSession(
    user: string,
    options?: { keepGrants?: boolean },
  ): Promise<{ sessions: number; grants: number }>;
  /**
   * Fixed lifetime of refresh tokens issued from now on (Entra: 24 h for SPAs, not extended by
   * rotation); once over, the token endpoint answers `invalid_grant` with AADSTS700084. Reset
   * restores 24 h.
   */
  setRefreshTokenTtl(seconds: number): Promise<void>;
  /** Lifetime of access tokens issued from now on. */
  setAccessTokenTtl(seconds: number): Promise<void>;
  /** Creates or replaces a Graph connector connection and indexes `itemIds` in it. */
  putConnection(connection: ExternalConnectionJson, itemIds?: string[]): Promise<void>;
  /** Every activity addActivities recorded (repeats included), in arrival order. */
  connectorActivities(connectionId?: string): Promise<RecordedActivity[]>;
  connectorStats(): Promise<ConnectorStats>;
  /** The next `count` activities fail inside a 207 with `code` (default serviceNotAvailable). */
  failActivitiesNext(count: number, code?: string): Promise<void>;
}

/** An admin API call answered with an error: its HTTP `status` and message. */
export class SandboxAdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'SandboxAdminError';
  }
}

/**
 * A client of the admin API at `adminUrl`; each call throws SandboxAdminError on a non-2xx answer.
 */
export function sandboxAdmin(adminUrl: string): SandboxAdmin {
  const base = adminUrl.replace(/\/+$/, '');
  const call = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${base}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const data = (await res.json()) as unknown;
    if (!res.ok) {
      const message =
        typeof data === 'object' && data !== null && 'error' in data
          ? String(data.error)
          : res.statusText;
      throw new SandboxAdminError(res.status, `admin ${method} ${path}: ${message}`);
    }
    return data as T;
  };
  return {
    info: () => call('GET', '/info'),
    failNext: (count, options) => call('POST', '/faults/fail', { ...options, count }),
    dropNext: (count, match = {}) => call('POST', '/faults/drop', { ...match, count }),
    setLatency: (ms) => call('POST', '/faults/latency', { ms }),
    setDecodeEncodedSlashes: (on) => call('POST', '/faults/decode-slashes', { on }),
    clearFaults: () => call('POST', '/faults/clear'),
    faults: () => call('GET', '/faults'),
    dump: () => call('GET', '/dump'),
    reset: async () => {
      await call('POST', '/reset');
    },
    requestLog: (sinceSeq = 0) => call('GET', `/requests?since=${String(sinceSeq)}`),
    clearRequestLog: async () => {
      await call('POST', '/requests/clear');
    },
    setBudget: (budget) => call('POST', '/budget', budget),
    budget: (user) => call('GET', user ? `/budget?user=${encodeURIComponent(user)}` : '/budget'),
    now: async () => (await call<{ now: number }>('GET', '/clock')).now,
    advanceClock: async (ms) => (await call<{ now: number }>('POST', '/clock/advance', { ms })).now,
    setPageSize: async (size) => {
      await call('POST', '/page-size', { size });
    },
    seedForeignActivities: async (user, count) => {
      await call('POST', '/seed-foreign', { user, count });
    },
    seedActivities: async (user, activities) =>
      (
        await call<{ ids: Record<string, string> }>('POST', '/seed-activities', {
          user,
          activities,
        })
      ).ids,
    mintToken: async (user, options = {}) =>
      (await call<{ accessToken: string }>('POST', '/token', { user, ...options })).accessToken,
    setAutoLogin: async (user) => {
      await call('POST', '/idp/auto-login', { user });
    },
    endSession: (user, options = {}) =>
      call('POST', '/idp/end-session', { user, keepGrants: options.keepGrants === true }),
    setRefreshTokenTtl: async (seconds) => {
      await call('POST', '/idp/refresh-token-ttl', { seconds });
    },
    setAccessTokenTtl: async (seconds) => {
      await call('POST', '/idp/access-token-ttl', { seconds });
    },
    putConnection: async (connection, itemIds = []) => {
      await call('POST', '/connections', { connection, itemIds });
    },
    connectorActivities: (connectionId) =>
      call(
        'GET',
        connectionId === undefined
          ? '/connector-activities'
          : `/connector-activities?connection=${encodeURIComponent(connectionId)}`,
      ),
    connectorStats: () => call('GET', '/connectors'),
    failActivitiesNext: async (count, code) => {
      await call('POST', '/faults/activities', { count, ...(code === undefined ? {} : { code }) });
    },
  };
}
