// A JSON $batch request on the server: parsed and run by batch.ts, each part an operation of its
// own (operation.ts) with its own log entry, numbered in arrival order and tied to the batch.
import { parseBatch, runBatch } from './batch';
import { errorResponse, type Exchange, type ExchangeContext, recordExchange } from './exchange';
import { executeOperation } from './operation';
import type { PartRequest, PartResponse } from './request';

/** Runs the $batch request `part` (POST …/$batch): 200 with every part's answer, or its error. */
export async function runBatchExchange(
  ctx: ExchangeContext,
  ex: Exchange,
  part: PartRequest,
): Promise<PartResponse> {
  let parts;
  try {
    parts = parseBatch(part.body, part.version);
  } catch (error) {
    return errorResponse(ctx, ex, error);
  }
  const partExchange = (id: string, request: PartRequest): Exchange => ({
    ...ex,
    seq: ctx.log.nextSeq(),
    arrivalMs: ctx.now(),
    method: request.method,
    path: `${request.path}${request.search ? `?${request.search}` : ''}`,
    requestId: `${ex.requestId}/${id}`,
  });
  const logPart = (pex: Exchange, id: string, response: PartResponse): PartResponse => {
    recordExchange(ctx, pex, response.status, {
      batch: { seq: ex.seq, id },
      ...(response.headers['Retry-After'] ? { retryAfter: response.headers['Retry-After'] } : {}),
    });
    return response;
  };
  const responses = await runBatch(
    parts,
    (p) => {
      const pex = partExchange(p.id, p.request);
      return Promise.resolve(logPart(pex, p.id, executeOperation(ctx, pex, p.request)));
    },
    (p, error) => {
      const pex = partExchange(p.id, p.request);
      return logPart(pex, p.id, errorResponse(ctx, pex, error));
    },
  );
  return {
    status: 200,
    headers: {},
    body: {
      responses: responses.map((r) => ({
        id: r.id,
        status: r.status,
        headers: {
          ...r.headers,
          ...(r.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        ...(r.body === undefined ? {} : { body: r.body }),
      })),
    },
  };
}
