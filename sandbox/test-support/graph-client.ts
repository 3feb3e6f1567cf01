// A thin Graph client for the sandbox's own tests, the JSON shapes it answers with, and a minimal
// valid activity body.
/** Milliseconds of an ISO date that may be missing (NaN then, which fails any comparison). */
export const ms = (iso: string | null | undefined): number => Date.parse(iso ?? '');

/** Graph's path encoding for appActivityId: encodeURIComponent plus !'()* escaped. */
export function encodeAppActivityId(id: string): string {
  return encodeURIComponent(id).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The JSON shapes the Graph server answers with (all optional: tests assert what is there). */
export interface HistoryItemJson {
  id: string;
  status: string;
  startedDateTime: string;
  lastActiveDateTime: string | null;
  activeDurationSeconds: number | null;
  createdDateTime: string;
  lastModifiedDateTime: string;
  expirationDateTime: string;
  userTimezone?: string;
  [key: string]: unknown;
}

/** An activity as the Graph server answers it (the fields the tests read). */
export interface ActivityJson {
  id: string;
  appActivityId: string;
  status: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  expirationDateTime: string;
  historyItems?: HistoryItemJson[];
  [key: string]: unknown;
}

/** One part of a $batch answer. */
export interface BatchPartJson {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: GraphBody;
}

/** Any Graph answer body: an activity, an error, a list or a batch. */
export interface GraphBody extends Partial<ActivityJson> {
  error?: {
    code: string;
    message: string;
    innerError: { 'request-id': string; 'client-request-id'?: string; date: string };
  };
  value?: ActivityJson[];
  responses?: BatchPartJson[];
  '@odata.context'?: string;
  '@odata.nextLink'?: string;
  activeDurationSeconds?: number | null;
  startedDateTime?: string;
  lastActiveDateTime?: string | null;
}

/** A Graph call's status, headers and parsed body. */
export interface GraphResult {
  status: number;
  headers: Headers;
  /** Parsed JSON; an empty object for an empty body (204). */
  body: GraphBody;
  /** True when the response had no body at all. */
  empty: boolean;
}

/**
 * A Graph call: method, JSON body or raw bytes, headers, and a token other than the default (null:
 * none).
 */
export interface GraphCall {
  method?: string;
  body?: unknown;
  /** Raw body text (overrides `body`), for malformed-payload tests. */
  rawBody?: string | Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
  token?: string | null;
}

/** A Graph client bound to one version root and one token. */
export function graphClient(baseUrl: string, token: string) {
  const call = async (path: string, options: GraphCall = {}): Promise<GraphResult> => {
    const useToken = options.token === undefined ? token : options.token;
    const hasJson = options.body !== undefined && options.rawBody === undefined;
    const res = await fetch(`${baseUrl}${path}`, {
      method: options.method ?? 'GET',
      headers: {
        ...(useToken === null ? {} : { Authorization: `Bearer ${useToken}` }),
        ...(hasJson ? { 'Content-Type': 'application/json' } : {}),
        ...options.headers,
      },
      ...(options.rawBody !== undefined
        ? { body: options.rawBody }
        : hasJson
          ? { body: JSON.stringify(options.body) }
          : {}),
    });
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      body: text ? (JSON.parse(text) as GraphBody) : {},
      empty: text === '',
    };
  };
  return {
    call,
    get: (path: string, options: GraphCall = {}) => call(path, { ...options, method: 'GET' }),
    put: (path: string, body: unknown, options: GraphCall = {}) =>
      call(path, { ...options, method: 'PUT', body }),
    del: (path: string, options: GraphCall = {}) => call(path, { ...options, method: 'DELETE' }),
    post: (path: string, body: unknown, options: GraphCall = {}) =>
      call(path, { ...options, method: 'POST', body }),
    putActivity: (appActivityId: string, body: unknown, options: GraphCall = {}) =>
      call(`/me/activities/${encodeAppActivityId(appActivityId)}`, {
        ...options,
        method: 'PUT',
        body,
      }),
  };
}

/**
 * The sandbox tests' Graph client (graphClient): calls under the Graph root with a user's token.
 */
export type GraphClient = ReturnType<typeof graphClient>;

/** A minimal valid activity body for `appActivityId`. */
export function activityBody(appActivityId: string, extra: Record<string, unknown> = {}) {
  return {
    appActivityId,
    activitySourceHost: 'https://reader.example',
    activationUrl: `https://reader.example/read?id=${encodeURIComponent(appActivityId)}`,
    fallbackUrl: `https://reader.example/read?id=${encodeURIComponent(appActivityId)}`,
    appDisplayName: 'Reading Timeline',
    visualElements: { displayText: `Article ${appActivityId}`, description: 'A test article' },
    ...extra,
  };
}
