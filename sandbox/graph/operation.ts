// One Graph operation, a top-level request or a $batch part alike: the caller must be signed in,
// the route is matched on the path as the gateway passes it on, and the caller's read or write
// budget (throttle.ts) admits it before the route runs.
import { instantFromMs } from './datetime';
import { matchRoute } from './activities-routes';
import { badRequest, GraphError } from './errors';
import { errorResponse, type Exchange, type ExchangeContext } from './exchange';
import { decodeSegments, type PartRequest, type PartResponse } from './request';
import { formatRetryAfter } from './throttle';

/** Runs one operation, budget included; every failure comes back as Graph's error answer. */
export function executeOperation(
  ctx: ExchangeContext,
  ex: Exchange,
  part: PartRequest,
): PartResponse {
  const principal = ex.principal;
  try {
    if (!principal)
      throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    // Batch parts too: the gateway mode stands for Graph's routing, which parts go through.
    const segments = decodeSegments(ctx.faults.routedPath(part.path));
    if (segments[0]?.toLowerCase() === '$batch') {
      throw badRequest('A $batch request cannot be nested inside a batch.');
    }
    const route = matchRoute(part.method, segments);
    const budget = route.kind === 'write' ? ctx.writes : ctx.reads;
    const admission = budget.admit(principal.oid, ctx.now());
    if (!admission.ok) {
      throw new GraphError(429, 'TooManyRequests', 'Please retry again later.', {
        'Retry-After': formatRetryAfter(admission.retryAfterMs),
      });
    }
    return route.run(
      {
        store: ctx.store,
        principal,
        now: instantFromMs(ctx.now()),
        baseUrl: ctx.baseUrl(part.version),
        pageSize: ctx.pageSize(),
      },
      part,
    );
  } catch (error) {
    return errorResponse(ctx, ex, error);
  }
}
