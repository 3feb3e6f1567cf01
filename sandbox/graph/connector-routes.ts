// Graph connector routes (app-only): GET /external/connections/{id}, PUT|GET
// /external/connections/{id}/items/{itemId}, and POST …/items/{itemId}/addActivities, on /v1.0 and
// /beta, plus the older beta spelling /connections/{id}/… . addActivities answers 200 with one
// externalActivityResult per activity when all were recorded, 207 Multi-Status when some failed
// (unknown user, bad time, invalid type, or an injected per-activity fault), 404 itemNotFound when
// the item is not indexed.
import { userByOid } from '../users';
import { requireRole, type AppPrincipal } from './app-auth';
import type { ConnectorStore } from './connector-store';
import { parseDateTimeOffset } from './datetime';
import { badRequest, GraphError, invalidRequest, itemNotFound, methodNotAllowed } from './errors';
import {
  decodeSegments,
  requireJsonBody,
  type GraphVersion,
  type PartRequest,
  type PartResponse,
} from './request';

const ITEM_ROLES = ['ExternalItem.ReadWrite.OwnedBy', 'ExternalItem.ReadWrite.All'];
const CONNECTION_READ_ROLES = [
  'ExternalConnection.Read.All',
  'ExternalConnection.ReadWrite.OwnedBy',
  'ExternalConnection.ReadWrite.All',
];
const ACTIVITY_TYPES = new Set(['viewed', 'modified', 'created', 'commented']);
const RESULT_TYPE = '#microsoft.graph.externalConnectors.externalActivityResult';
/** Activities more than this far in the future are refused (clock skew allowance). */
const MAX_FUTURE_MS = 5 * 60_000;
const MAX_ACTIVITIES = 100;

/**
 * A Graph connector path taken apart: the connection, the item, and whether it is addActivities.
 */
export interface ConnectorPath {
  connectionId: string;
  itemId?: string;
  addActivities: boolean;
}

/** Recognises a connector path under a version root; undefined for any other path. */
export function matchConnectorPath(version: GraphVersion, path: string): ConnectorPath | undefined {
  let segments: string[];
  try {
    segments = decodeSegments(path);
  } catch {
    return undefined;
  }
  if (segments[0] === 'external') segments = segments.slice(1);
  else if (version !== 'beta') return undefined;
  const [root, connectionId, items, itemId, action, ...rest] = segments;
  if (root !== 'connections' || !connectionId || rest.length > 0) return undefined;
  if (items === undefined) return { connectionId, addActivities: false };
  if (items !== 'items' || !itemId) return undefined;
  if (action === undefined) return { connectionId, itemId, addActivities: false };
  const isAdd =
    action === 'addActivities' || action === 'microsoft.graph.externalConnectors.addActivities';
  return isAdd ? { connectionId, itemId, addActivities: true } : undefined;
}

/** What a connector route runs with: the store, the app calling, the time (epoch ms). */
export interface ConnectorContext {
  store: ConnectorStore;
  principal: AppPrincipal;
  now: number;
  /** Takes the injected error for the next activity, if a fault switch is set. */
  takeActivityFault(): { code: string; message: string } | undefined;
}

/** Answers one connector request (external connections, items, item activities). */
export function runConnectorRoute(
  ctx: ConnectorContext,
  match: ConnectorPath,
  part: PartRequest,
): PartResponse {
  const { store } = ctx;
  const connection = store.connection(match.connectionId);
  if (match.itemId === undefined) {
    if (part.method !== 'GET') throw methodNotAllowed(part.method);
    requireRole(ctx.principal, [...CONNECTION_READ_ROLES, ...ITEM_ROLES]);
    if (!connection) throw itemNotFound(`Connection '${match.connectionId}' was not found.`);
    return { status: 200, headers: {}, body: connection };
  }
  requireRole(ctx.principal, ITEM_ROLES);
  if (!connection) throw itemNotFound(`Connection '${match.connectionId}' was not found.`);
  const itemId = match.itemId;
  if (match.addActivities) {
    if (part.method !== 'POST') throw methodNotAllowed(part.method);
    return addActivities(ctx, match.connectionId, itemId, requireJsonBody(part.body));
  }
  if (part.method === 'GET') {
    const item = store.item(match.connectionId, itemId);
    if (!item) throw itemNotFound(`Item '${itemId}' was not found.`);
    return { status: 200, headers: {}, body: item };
  }
  if (part.method !== 'PUT') throw methodNotAllowed(part.method);
  const body = requireJsonBody(part.body);
  if (
    typeof body !== 'object' ||
    body === null ||
    !Array.isArray((body as { acl?: unknown }).acl)
  ) {
    throw invalidRequest('An externalItem needs an acl array.');
  }
  const item = { ...(body as Record<string, unknown>), id: itemId };
  store.putItem(match.connectionId, itemId, item);
  return { status: 200, headers: {}, body: item };
}

function addActivities(
  ctx: ConnectorContext,
  connectionId: string,
  itemId: string,
  body: unknown,
): PartResponse {
  const activities = (body as { activities?: unknown } | null)?.activities;
  if (!Array.isArray(activities) || activities.length === 0) {
    throw badRequest("The request body needs a non-empty 'activities' array.");
  }
  if (activities.length > MAX_ACTIVITIES) {
    throw badRequest(`At most ${MAX_ACTIVITIES} activities per request.`);
  }
  if (!ctx.store.item(connectionId, itemId)) {
    throw itemNotFound(`Item '${itemId}' was not found in connection '${connectionId}'.`);
  }
  const results = activities.map((raw: unknown) => {
    const a = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const performedBy = (a['performedBy'] ?? {}) as Record<string, unknown>;
    const echo = {
      '@odata.type': RESULT_TYPE,
      type: a['type'],
      startDateTime: a['startDateTime'],
      performedBy: { type: performedBy['type'], id: performedBy['id'] },
    };
    const error = activityError(a, performedBy, ctx.now) ?? ctx.takeActivityFault();
    if (error === undefined) {
      ctx.store.activities.push({
        connectionId,
        itemId,
        type: String(a['type']),
        startDateTime: String(a['startDateTime']),
        userId: String(performedBy['id']),
        appId: ctx.principal.appId,
        recordedAt: ctx.now,
      });
    }
    return { ...echo, error: error ?? null };
  });
  const allOk = results.every((r) => r.error === null);
  return {
    status: allOk ? 200 : 207,
    headers: {},
    body: {
      '@odata.context':
        'https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.externalConnectors.externalActivityResult)',
      value: results,
    },
  };
}

function activityError(
  a: Record<string, unknown>,
  performedBy: Record<string, unknown>,
  now: number,
): { code: string; message: string } | undefined {
  if (typeof a['type'] !== 'string' || !ACTIVITY_TYPES.has(a['type'])) {
    return {
      code: 'invalidRequest',
      message: 'type must be viewed, modified, created or commented.',
    };
  }
  const start =
    typeof a['startDateTime'] === 'string' ? parseDateTimeOffset(a['startDateTime']) : undefined;
  if (start === undefined) {
    return { code: 'invalidRequest', message: 'startDateTime is not a valid DateTimeOffset.' };
  }
  if (start.ms > now + MAX_FUTURE_MS) {
    return { code: 'invalidRequest', message: 'startDateTime is in the future.' };
  }
  if (performedBy['type'] !== 'user' || typeof performedBy['id'] !== 'string') {
    return { code: 'invalidRequest', message: "performedBy must be { type: 'user', id }." };
  }
  if (!userByOid(performedBy['id'])) {
    return {
      code: 'userNotFound',
      message: `User '${performedBy['id']}' was not found in the tenant.`,
    };
  }
  return undefined;
}

/** The 429 a connection answers beyond its concurrent-operation limit. */
export function tooManyConcurrent(limit: number): GraphError {
  return new GraphError(
    429,
    'TooManyRequests',
    `More than ${limit} concurrent operations on this connection.`,
    { 'Retry-After': '1' },
  );
}
