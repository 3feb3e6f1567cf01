// A Graph connectors request on the server (the relay's path): app-only auth, the per-connection
// concurrency limit, then the route in connector-routes.ts.
import type { IncomingMessage } from 'node:http';
import { type ConnectorPath, runConnectorRoute, tooManyConcurrent } from './connector-routes';
import { header } from './cors';
import { GraphError } from './errors';
import { errorResponse, type Exchange, type ExchangeContext } from './exchange';
import { type GraphVersion, parseRawBody, type PartRequest, type PartResponse } from './request';

/** Graph connectors allow at most 25 concurrent operations per connection. */
export const CONNECTOR_CONCURRENCY_LIMIT = 25;

/**
 * Answers one connector request.
 * @param connector The matched path, with how many requests are in flight on its connection
 *   (this one included; the server counts them around the whole exchange).
 * @param path The path under the version root; `raw` the request body as received.
 */
export async function runConnectorExchange(
  ctx: ExchangeContext,
  ex: Exchange,
  req: IncomingMessage,
  connector: ConnectorPath & { inFlight: number },
  version: GraphVersion,
  path: string,
  search: string,
  raw: Buffer,
): Promise<PartResponse> {
  try {
    if (!ctx.appVerifier) {
      throw new GraphError(401, 'InvalidAuthenticationToken', 'App-only tokens are not set up.');
    }
    const principal = await ctx.appVerifier(header(req, 'authorization'));
    if (connector.inFlight > CONNECTOR_CONCURRENCY_LIMIT) {
      ctx.connectors.overLimit++;
      throw tooManyConcurrent(CONNECTOR_CONCURRENCY_LIMIT);
    }
    const part: PartRequest = {
      method: ex.method,
      version,
      path,
      search,
      headers: {},
      body: parseRawBody(raw, header(req, 'content-type')),
    };
    return runConnectorRoute(
      {
        store: ctx.connectors,
        principal,
        now: ctx.now(),
        takeActivityFault: () => ctx.connectors.takeActivityFault(),
      },
      connector,
      part,
    );
  } catch (error) {
    return errorResponse(ctx, ex, error);
  }
}
