// Admin routes for the Graph connector part of the sandbox: seed a connection (with its
// activitySettings) and items, read back every recorded activity and the concurrency seen, and
// make the next N activities fail inside a 207 Multi-Status.
import type { ExternalConnectionJson, RecordedActivity } from '../graph/connector-store';
import type { GraphServer } from '../graph/server';
import type { Handler } from './body';

/**
 * Connector load as the admin API reports it: requests in flight now and at most per connection,
 * the 429s sent, the activities recorded.
 */
export interface ConnectorStats {
  inFlight: Record<string, number>;
  maxInFlight: Record<string, number>;
  /** Requests refused with 429 because more than 25 were in flight on their connection. */
  overLimit: number;
  activities: number;
}

export type { ExternalConnectionJson, RecordedActivity };

/**
 * The admin routes of the Graph connectors: create connections, list the activities added,
 * in-flight stats, activity faults; `fail` makes an HTTP error.
 */
export function connectorAdminRoutes(
  graph: GraphServer,
  fail: (status: number, message: string) => Error,
): Record<string, Handler> {
  const store = graph.connectors;
  return {
    'POST /connections': (b) => {
      const connection = b.connection as ExternalConnectionJson | undefined;
      if (typeof connection?.id !== 'string' || !/^[A-Za-z0-9]{3,32}$/.test(connection.id)) {
        throw fail(400, "'connection.id' must be 3-32 letters or digits (Graph's rule)");
      }
      const itemIds = b.itemIds ?? [];
      if (!Array.isArray(itemIds) || !itemIds.every((id) => typeof id === 'string' && id !== '')) {
        throw fail(400, "'itemIds' must be a list of item ids");
      }
      // Checked as data: the admin body is untyped JSON.
      const name = (connection as { name?: unknown }).name;
      store.putConnection({ ...connection, name: typeof name === 'string' ? name : connection.id });
      for (const id of itemIds as string[]) {
        store.putItem(connection.id, id, {
          id,
          acl: [{ type: 'everyone', value: 'everyone', accessType: 'grant' }],
          properties: { title: id },
        });
      }
      return { ok: true, items: itemIds.length };
    },
    'GET /connector-activities': (_b, q) => {
      const id = q.get('connection');
      return store.activities.filter((a) => id === null || a.connectionId === id);
    },
    'GET /connectors': (): ConnectorStats => ({
      inFlight: Object.fromEntries(store.inFlight),
      maxInFlight: Object.fromEntries(store.maxInFlight),
      overLimit: store.overLimit,
      activities: store.activities.length,
    }),
    'POST /faults/activities': (b) => {
      const count = b.count;
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
        throw fail(400, "'count' must be an integer >= 1");
      }
      const code = typeof b.code === 'string' ? b.code : 'serviceNotAvailable';
      const message = typeof b.message === 'string' ? b.message : 'Injected failure (sandbox).';
      store.failActivitiesNext(count, code, message);
      return { ok: true };
    },
  };
}
