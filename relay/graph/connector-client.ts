/**
 * The two Graph calls the relay makes, with an app-only token:
 * `GET /external/connections/{id}` (for `activitySettings.urlToItemResolvers`) and
 * `POST /external/connections/{id}/items/{itemId}/addActivities`.
 */
import type { AppTokenSource } from './app-token';
import type { AddActivitiesResponse, ExternalActivity } from './external-activities';
import type { ItemIdResolver } from './resolver';
import { parseRetryAfter } from '../delivery/retry-policy';

/** `microsoft.graph.externalConnectors.externalConnection`, the parts the relay reads. */
export interface ExternalConnection {
  id: string;
  name?: string;
  activitySettings?: { urlToItemResolvers?: ItemIdResolver[] };
}

/** Graph calls of the relay. */
export interface ConnectorClient {
  /** Throws {@link ConnectorClientError} unless Graph answers 200 with a connection. */
  getConnection(connectionId: string): Promise<ExternalConnection>;
  /** Never throws: a network failure is `{ kind: 'network' }`. */
  addActivities(
    connectionId: string,
    itemId: string,
    body: { activities: ExternalActivity[] },
  ): Promise<AddActivitiesResponse>;
}

/** Reading a connection failed. */
export class ConnectorClientError extends Error {
  override name = 'ConnectorClientError';
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`Graph answered ${status} ${code}`);
  }
}

/** Client settings. */
export interface ConnectorClientSettings {
  /** e.g. `https://graph.microsoft.com/v1.0`. */
  graphBaseUrl: string;
  tokens: AppTokenSource;
  /** Per request; default 30 s. */
  timeoutMs?: number;
}

/** Creates the client; `fetchImpl` and `now` are injected for tests. */
export function createConnectorClient(
  settings: ConnectorClientSettings,
  fetchImpl: typeof fetch = fetch,
  now: () => number = Date.now,
): ConnectorClient {
  const base = settings.graphBaseUrl.replace(/\/+$/, '');
  const timeoutMs = settings.timeoutMs ?? 30_000;
  const connectionUrl = (id: string) => `${base}/external/connections/${encodeURIComponent(id)}`;

  async function call(
    url: string,
    init: RequestInit,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const token = await settings.tokens.get();
    return fetchImpl(url, {
      ...init,
      headers: { ...headers, authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
  }

  return {
    async getConnection(connectionId) {
      const response = await call(connectionUrl(connectionId), { method: 'GET' });
      const body = (await response.json().catch(() => null)) as unknown;
      if (!response.ok || typeof body !== 'object' || body === null) {
        if (response.status === 401) settings.tokens.invalidate();
        const code = (body as { error?: { code?: string } } | null)?.error?.code ?? 'unknown';
        throw new ConnectorClientError(response.status, code);
      }
      return body as ExternalConnection;
    },

    async addActivities(connectionId, itemId, body) {
      const url = `${connectionUrl(connectionId)}/items/${encodeURIComponent(itemId)}/addActivities`;
      try {
        const response = await call(
          url,
          { method: 'POST', body: JSON.stringify(body) },
          { 'content-type': 'application/json' },
        );
        const text = await response.text();
        let parsed: unknown = null;
        try {
          parsed = text === '' ? null : JSON.parse(text);
        } catch {
          parsed = null;
        }
        if (response.status === 401) settings.tokens.invalidate();
        return {
          kind: 'http',
          status: response.status,
          retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), now()),
          body: parsed,
        };
      } catch (error) {
        return { kind: 'network', message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
