// The user-activities operations of the contract, each a pure function of (context, request).
// Routing is by decoded path segments, case-insensitive like Graph's, under /me/activities.
import type { Principal } from './auth';
import { compareInstants, type Instant } from './datetime';
import { badRequest, invalidRequest, itemNotFound, methodNotAllowed } from './errors';
import { encodeSkipToken, matchesFilter, parseListQuery } from './query';
import { type PartRequest, type PartResponse, requireJsonBody } from './request';
import { activityToJson, historyItemToJson } from './serialize';
import type { ActivityStore, StoredActivity, StoredHistoryItem } from './store';
import { isGuid, validateActivity, validateHistoryItem } from './validate';

/** What a Graph route runs with: the store, the caller, the request's instant. */
export interface RouteContext {
  store: ActivityStore;
  principal: Principal;
  now: Instant;
  /** Version root, e.g. http://127.0.0.1:8080/v1.0 */
  baseUrl: string;
  /** Activities scanned per page before the CreatedByApp filter (so pages may come back empty). */
  pageSize: number;
}

/** One Graph route: which per-user budget it draws on and how it answers a part. */
export interface Route {
  /** Which budget the request draws on. */
  kind: 'read' | 'write';
  run(ctx: RouteContext, req: PartRequest): PartResponse;
}

const json = (status: number, body: unknown): PartResponse => ({ status, headers: {}, body });
const noContent = (): PartResponse => ({ status: 204, headers: {} });

function context(ctx: RouteContext, suffix: string): string {
  return `${ctx.baseUrl}/$metadata#users('${ctx.principal.oid}')/${suffix}`;
}

function putActivity(appActivityId: string): Route {
  return {
    kind: 'write',
    run(ctx, req) {
      const input = validateActivity(requireJsonBody(req.body), appActivityId);
      const { activity, created, items } = ctx.store.putActivity(
        ctx.principal.oid,
        ctx.principal.appId,
        input,
        ctx.now,
      );
      return json(created ? 201 : 200, {
        '@odata.context': context(ctx, 'activities/$entity'),
        ...activityToJson(activity, input.historyItems ? { historyItems: items } : {}),
      });
    },
  };
}

function deleteActivity(id: string): Route {
  return {
    kind: 'write',
    run(ctx) {
      if (!ctx.store.deleteActivity(ctx.principal.oid, ctx.principal.appId, id, ctx.now)) {
        throw itemNotFound(`The activity with id '${id}' was not found.`);
      }
      return noContent();
    },
  };
}

function putHistoryItem(activityId: string, itemId: string): Route {
  return {
    kind: 'write',
    run(ctx, req) {
      if (!isGuid(itemId)) {
        throw invalidRequest(`The history item id in the URL must be a GUID, not '${itemId}'.`);
      }
      const input = validateHistoryItem(requireJsonBody(req.body), itemId);
      const result = ctx.store.putHistoryItem(
        ctx.principal.oid,
        ctx.principal.appId,
        activityId,
        input,
        ctx.now,
      );
      if (!result) throw itemNotFound(`The activity with id '${activityId}' was not found.`);
      return json(result.created ? 201 : 200, {
        '@odata.context': context(ctx, `activities('${activityId}')/historyItems/$entity`),
        ...historyItemToJson(result.item),
      });
    },
  };
}

function deleteHistoryItem(activityId: string, itemId: string): Route {
  return {
    kind: 'write',
    run(ctx) {
      const outcome = ctx.store.deleteHistoryItem(
        ctx.principal.oid,
        ctx.principal.appId,
        activityId,
        itemId,
        ctx.now,
      );
      if (outcome === 'no-activity') {
        throw itemNotFound(`The activity with id '${activityId}' was not found.`);
      }
      if (outcome === 'no-item') {
        throw itemNotFound(`The history item with id '${itemId}' was not found.`);
      }
      return noContent();
    },
  };
}

interface SortKey {
  key: Instant;
  seq: number;
}

interface Candidate extends SortKey {
  activity: StoredActivity;
}

/** Newest first; the write sequence breaks ties so paging never skips or repeats an item. */
const newestFirst = (a: SortKey, b: SortKey): number =>
  compareInstants(b.key, a.key) || b.seq - a.seq;

/** When the user last engaged with an activity: its latest history item. */
function lastEngaged(activity: StoredActivity): Instant | undefined {
  let latest: Instant | undefined;
  for (const item of activity.historyItems.values()) {
    const t = item.lastActiveDateTime ?? item.startedDateTime;
    if (!latest || compareInstants(t, latest) > 0) latest = t;
  }
  return latest;
}

function listActivities(kind: 'list' | 'recent'): Route {
  return {
    kind: 'read',
    run(ctx, req) {
      const { query, raw } = parseListQuery(new URLSearchParams(req.search), kind);
      // Candidates span every app of the user, newest first; the CreatedByApp filter runs after a
      // page worth of them is cut, which is why Graph can answer an empty page with a next link.
      const candidates: Candidate[] = [];
      for (const activity of ctx.store.listAll(ctx.principal.oid, ctx.now)) {
        if (!matchesFilter(query.filter, activity.lastModifiedDateTime)) continue;
        const key = kind === 'list' ? activity.lastModifiedDateTime : lastEngaged(activity);
        if (key) candidates.push({ activity, key, seq: activity.seq });
      }
      candidates.sort(newestFirst);
      const after = query.after;
      const position = after && {
        key: { ms: after.sortMs, ticks: after.sortTicks },
        seq: after.seq,
      };
      const start = position ? candidates.findIndex((c) => newestFirst(position, c) < 0) : 0;
      const from = start === -1 ? candidates.length : start;
      const window = candidates.slice(from, from + ctx.pageSize);
      let visible = window.filter((c) => c.activity.appId === ctx.principal.appId);
      if (query.remaining !== undefined) visible = visible.slice(0, query.remaining);
      const remaining =
        query.remaining === undefined ? undefined : query.remaining - visible.length;
      const last = window.at(-1);
      const more = from + window.length < candidates.length && remaining !== 0 && last;

      const body: Record<string, unknown> = {
        '@odata.context': context(ctx, 'activities'),
        value: visible.map(({ activity }) =>
          activityToJson(
            activity,
            query.expandHistory
              ? { historyItems: expandedItems(activity, query.historyFilter) }
              : {},
          ),
        ),
      };
      if (more) {
        const token = encodeSkipToken(kind, raw, remaining, {
          sortMs: last.key.ms,
          sortTicks: last.key.ticks,
          seq: last.seq,
        });
        const path = kind === 'list' ? '/me/activities' : '/me/activities/recent';
        body['@odata.nextLink'] = `${ctx.baseUrl}${path}?$skiptoken=${token}`;
      }
      return json(200, body);
    },
  };
}

function expandedItems(
  activity: StoredActivity,
  filter: Parameters<typeof matchesFilter>[0],
): StoredHistoryItem[] {
  return [...activity.historyItems.values()]
    .filter((item) => matchesFilter(filter, item.lastModifiedDateTime))
    .sort((a, b) => compareInstants(a.startedDateTime, b.startedDateTime));
}

function notFoundSegment(segment: string): never {
  throw badRequest(`Resource not found for the segment '${segment}'.`);
}

const eq = (a: string | undefined, b: string): boolean => a?.toLowerCase() === b.toLowerCase();

/** Picks the operation for a decoded path under the version root, or throws Graph's 400/405. */
export function matchRoute(method: string, segments: string[]): Route {
  const [me, activities, third, fourth, fifth, ...rest] = segments;
  if (!eq(me, 'me')) return notFoundSegment(me ?? '');
  if (!eq(activities, 'activities')) return notFoundSegment(activities ?? '');
  if (rest.length > 0) return notFoundSegment(rest[0] ?? '');
  const m = method.toUpperCase();
  if (third === undefined) {
    if (m === 'GET') return listActivities('list');
    throw methodNotAllowed(m);
  }
  if (fourth === undefined) {
    // `recent` is a function only for GET; PUT /me/activities/recent writes appActivityId "recent".
    if (m === 'GET' && eq(third, 'recent')) return listActivities('recent');
    if (m === 'PUT') return putActivity(third);
    if (m === 'DELETE') return deleteActivity(third);
    throw methodNotAllowed(m);
  }
  if (!eq(fourth, 'historyItems')) return notFoundSegment(fourth);
  if (fifth === undefined) throw methodNotAllowed(m);
  if (m === 'PUT') return putHistoryItem(third, fifth);
  if (m === 'DELETE') return deleteHistoryItem(third, fifth);
  throw methodNotAllowed(m);
}
