// JSON batching (POST /$batch) per Graph's json-batching page: up to 20 parts {id, method, url,
// headers, body, dependsOn}; a body needs a Content-Type header; each part gets its own status
// (the batch itself is 200 even when parts fail); a part whose dependency failed gets 424; each part
// is throttled on its own. Independent parts run concurrently; responses come back in reverse
// completion order, deliberately not in request order, so a client that assumes ordering fails here
// as it eventually would on Graph.
import { badRequest, GraphError } from './errors';
import {
  type GraphVersion,
  isJsonContentType,
  type PartRequest,
  type PartResponse,
  requireJsonBody,
  type RequestBody,
} from './request';
import { isJsonObject } from './json-reader';

/**
 * Most requests one JSON batch may hold (20).
 * @see https://learn.microsoft.com/graph/json-batching
 */
export const MAX_BATCH_PARTS = 20;

const METHODS = new Set(['GET', 'PUT', 'POST', 'PATCH', 'DELETE']);

/** One request of a JSON batch: its id, the request and the ids it depends on. */
export interface BatchPart {
  id: string;
  request: PartRequest;
  dependsOn: string[];
  /** A problem with the part itself (reported as that part's 400, not the whole batch's). */
  error?: GraphError;
}

/** One answer of a JSON batch: the part's id, status, headers and body. */
export interface BatchPartResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/** Checks the batch envelope; structural problems fail the whole batch with 400. */
export function parseBatch(body: RequestBody, version: GraphVersion): BatchPart[] {
  const value = requireJsonBody(body);
  if (!isJsonObject(value) || !Array.isArray(value.requests)) {
    throw badRequest("Invalid batch payload: expected an object with a 'requests' array.");
  }
  const requests = value.requests;
  if (requests.length === 0) throw badRequest('Invalid batch payload: the batch has no requests.');
  if (requests.length > MAX_BATCH_PARTS) {
    throw badRequest(
      `Invalid batch payload: the number of requests in a batch is limited to ${MAX_BATCH_PARTS}, got ${requests.length}.`,
    );
  }
  const parts: BatchPart[] = [];
  const ids = new Set<string>();
  for (const raw of requests) {
    if (!isJsonObject(raw))
      throw badRequest('Invalid batch payload: each request must be an object.');
    const { id, method, url, headers, dependsOn } = raw;
    if (typeof id !== 'string' || id === '') {
      throw badRequest("Invalid batch payload: each request needs a non-empty string 'id'.");
    }
    if (ids.has(id)) throw badRequest(`Invalid batch payload: the id '${id}' is used twice.`);
    ids.add(id);
    if (typeof method !== 'string' || !METHODS.has(method.toUpperCase())) {
      throw badRequest(`Invalid batch payload: request '${id}' has an invalid method.`);
    }
    if (typeof url !== 'string' || url === '') {
      throw badRequest(`Invalid batch payload: request '${id}' needs a 'url'.`);
    }
    if (
      dependsOn !== undefined &&
      (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== 'string'))
    ) {
      throw badRequest(`Invalid batch payload: request '${id}' has an invalid 'dependsOn'.`);
    }
    const headerMap: Record<string, string> = {};
    if (headers !== undefined && headers !== null) {
      if (!isJsonObject(headers) || Object.values(headers).some((h) => typeof h !== 'string')) {
        throw badRequest(`Invalid batch payload: request '${id}' has invalid 'headers'.`);
      }
      for (const [name, h] of Object.entries(headers)) headerMap[name.toLowerCase()] = h as string;
    }
    let error: GraphError | undefined;
    let partBody: RequestBody = { kind: 'none' };
    if (raw.body !== undefined) {
      if (headerMap['content-type'] === undefined) {
        error = badRequest(`Request '${id}' has a body but no Content-Type header.`);
      } else if (!isJsonContentType(headerMap['content-type'])) {
        error = badRequest(`Request '${id}': only JSON bodies are supported.`);
      } else {
        partBody = { kind: 'json', value: raw.body };
      }
    }
    // Part URLs are relative to the version root ("/me/activities/..." or "me/activities/...").
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) {
      error ??= badRequest(`Request '${id}': the url must be relative to /${version}.`);
    }
    const relative = `/${url.replace(/^\/+/, '')}`;
    const q = relative.indexOf('?');
    parts.push({
      id,
      dependsOn: (dependsOn as string[] | undefined) ?? [],
      request: {
        method: method.toUpperCase(),
        version,
        path: q === -1 ? relative : relative.slice(0, q),
        search: q === -1 ? '' : relative.slice(q + 1),
        headers: headerMap,
        body: partBody,
      },
      ...(error ? { error } : {}),
    });
  }
  for (const part of parts) {
    for (const dep of part.dependsOn) {
      if (!ids.has(dep)) {
        throw badRequest(
          `Invalid batch payload: request '${part.id}' depends on unknown id '${dep}'.`,
        );
      }
    }
  }
  assertAcyclic(parts);
  return parts;
}

function assertAcyclic(parts: BatchPart[]): void {
  const byId = new Map(parts.map((p) => [p.id, p]));
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      throw badRequest(`Invalid batch payload: dependsOn forms a cycle through '${id}'.`);
    }
    state.set(id, 'visiting');
    for (const dep of byId.get(id)?.dependsOn ?? []) visit(dep);
    state.set(id, 'done');
  };
  for (const part of parts) visit(part.id);
}

/**
 * Runs the parts, each after its dependencies; `execute` performs one part (throttling included)
 * and `failed` turns a part-level error into a response.
 */
export async function runBatch(
  parts: BatchPart[],
  execute: (part: BatchPart) => Promise<PartResponse>,
  failed: (part: BatchPart, error: GraphError) => PartResponse,
): Promise<BatchPartResponse[]> {
  const completed: BatchPartResponse[] = [];
  const outcomes = new Map<string, Promise<PartResponse>>();
  const start = (part: BatchPart): Promise<PartResponse> => {
    let outcome = outcomes.get(part.id);
    if (outcome) return outcome;
    outcome = (async () => {
      const deps = await Promise.all(
        part.dependsOn.map((id) => {
          const dep = parts.find((p) => p.id === id);
          // parseBatch checked every dependency exists.
          return dep ? start(dep) : Promise.resolve({ status: 500, headers: {} });
        }),
      );
      let response: PartResponse;
      if (deps.some((d) => d.status < 200 || d.status > 299)) {
        response = failed(
          part,
          new GraphError(424, 'FailedDependency', 'The request depends on a request that failed.'),
        );
      } else if (part.error) {
        response = failed(part, part.error);
      } else {
        response = await execute(part);
      }
      completed.push({ id: part.id, ...response });
      return response;
    })();
    outcomes.set(part.id, outcome);
    return outcome;
  };
  await Promise.all(parts.map(start));
  return completed.reverse();
}
