import { sendWithBearer } from './bearer-request';
import { GraphError } from './graph-error';

/** What the client needs from the outside: where Graph is, a token, and fetch. */
export interface GraphClientOptions {
  /** e.g. https://graph.microsoft.com/v1.0 (no trailing slash needed). */
  baseUrl: string;
  /** A bearer token for UserActivity.ReadWrite.CreatedByApp. */
  token: string;
  fetch?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
}

/**
 * Graph's answer to an activity PUT: its id, and whether the PUT created it (201) or replaced it.
 */
export interface PutActivityResult {
  /** Graph's id for the activity, used for history-item and delete paths. */
  id: string;
  created: boolean;
}

/**
 * appActivityId goes into the path URL-encoded: every character outside RFC 2396's unreserved set
 * as %XX. encodeURIComponent leaves !'()* alone, so those are escaped too.
 */
export function encodeAppActivityId(appActivityId: string): string {
  return encodeURIComponent(appActivityId).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The four user-activity calls the extension makes. Each throws GraphError or NetworkError. */
export function createActivitiesClient(options: GraphClientOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const now = options.now ?? (() => Date.now());
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function call(method: string, path: string, body?: unknown): Promise<Response> {
    return send(method, `${base}${path}`, body);
  }

  // Graph never redirects these calls (sendWithBearer refuses one: the token stays on the root).
  function send(method: string, url: string, body?: unknown): Promise<Response> {
    return sendWithBearer({
      method,
      url,
      token: options.token,
      body,
      fetch: doFetch,
      now,
      timeoutMs,
    });
  }

  return {
    /**
     * One page of `GET /me/activities`: `pathAndQuery` under the Graph root, or an
     * `@odata.nextLink` Graph returned. A link anywhere but under the configured root is refused
     * (the token goes only to that Graph).
     * @returns the parsed JSON body, unchecked (src/devices/remote-activity.ts reads it).
     * @throws GraphError, NetworkError; Error for a foreign next link or a body that is not JSON.
     */
    async listActivities(pathOrLink: string): Promise<unknown> {
      const url = pathOrLink.startsWith('/') ? `${base}${pathOrLink}` : pathOrLink;
      if (!url.startsWith(`${base}/`)) throw new Error('Graph sent a next link outside its root');
      const response = await send('GET', url);
      return response.json();
    },

    async putActivity(appActivityId: string, body: object): Promise<PutActivityResult> {
      const response = await call(
        'PUT',
        `/me/activities/${encodeAppActivityId(appActivityId)}`,
        body,
      );
      const result = (await response.json().catch(() => ({}))) as { id?: unknown };
      if (typeof result.id !== 'string') {
        throw new GraphError(response.status, 'invalidResponse', 'Graph returned no activity id');
      }
      return { id: result.id, created: response.status === 201 };
    },

    async putHistoryItem(activityId: string, historyItemId: string, body: object): Promise<void> {
      await call(
        'PUT',
        `/me/activities/${encodeURIComponent(activityId)}/historyItems/${encodeURIComponent(historyItemId)}`,
        body,
      );
    },

    async deleteActivity(activityId: string): Promise<void> {
      await call('DELETE', `/me/activities/${encodeURIComponent(activityId)}`);
    },

    async deleteHistoryItem(activityId: string, historyItemId: string): Promise<void> {
      await call(
        'DELETE',
        `/me/activities/${encodeURIComponent(activityId)}/historyItems/${encodeURIComponent(historyItemId)}`,
      );
    },
  };
}

/**
 * Graph user-activity calls (createActivitiesClient): list, PUT and DELETE of activities and of
 * their history items; each throws GraphError or NetworkError.
 */
export type ActivitiesClient = ReturnType<typeof createActivitiesClient>;
