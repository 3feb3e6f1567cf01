import { sendWithBearer } from '../graph/bearer-request';
import { GraphError } from '../graph/graph-error';
import { parseSiteRules, type SiteRule } from './site-rules';

/** One read as `POST /v1/reads` takes it (relay/README.md). */
export interface RelayRead {
  url: string;
  /** ISO 8601 in UTC: the engagement's start, the activity's `startDateTime`. */
  startDateTime: string;
}

/** The relay's acknowledgement: every read counted in one of the three. */
export interface RelayAck {
  accepted: number;
  duplicates: number;
  rejected: { index: number; reason: string }[];
}

/** Where the relay is and the token for it; fetch, clock (epoch ms) and timeout (ms) for tests. */
export interface RelayClientOptions {
  /** The relay's root (normalised, no trailing slash). The token is sent there and nowhere else. */
  relayUrl: string;
  token: string;
  fetch?: typeof fetch;
  now?: () => number;
  timeoutMs?: number;
}

/**
 * The relay's two calls. Errors are the Graph client's (the relay answers errors in Graph's
 * shape, with Retry-After on 503), so sync's retry policy classifies them:
 * @throws GraphError for an HTTP error or an answer that is not the documented shape,
 *   NetworkError when no answer came.
 */
export function createRelayClient(options: RelayClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const now = options.now ?? (() => Date.now());

  async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
    const response = await sendWithBearer({
      method,
      url: `${options.relayUrl}${path}`,
      token: options.token,
      body,
      fetch: doFetch,
      now,
      timeoutMs: options.timeoutMs ?? 30_000,
    });
    try {
      return await response.json();
    } catch {
      throw new GraphError(response.status, 'invalidResponse', 'the relay answered no JSON');
    }
  }

  return {
    /** `GET /v1/sites`: the rules of the pages the relay wants. */
    async sites(): Promise<SiteRule[]> {
      const rules = parseSiteRules(await call('GET', '/v1/sites'));
      if (rules === null)
        throw new GraphError(200, 'invalidResponse', 'no resolvers in the answer');
      return rules;
    },

    /** `POST /v1/reads`: answered only once the relay stored them (at most 100 per call). */
    async postReads(reads: readonly RelayRead[]): Promise<RelayAck> {
      const answer = (await call('POST', '/v1/reads', { reads })) as Partial<RelayAck> | null;
      if (
        typeof answer?.accepted !== 'number' ||
        typeof answer.duplicates !== 'number' ||
        !Array.isArray(answer.rejected)
      ) {
        throw new GraphError(200, 'invalidResponse', 'the relay did not acknowledge the reads');
      }
      return {
        accepted: answer.accepted,
        duplicates: answer.duplicates,
        rejected: answer.rejected,
      };
    },
  };
}
