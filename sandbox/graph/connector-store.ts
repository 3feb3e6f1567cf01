// Graph connectors in the sandbox: external connections (with activitySettings.urlToItemResolvers),
// their externalItems, and every activity addActivities recorded, in arrival order. A repeated
// activity is recorded again (Graph documents no deduplication), so tests and benchmarks can count
// duplicates a client sent.

/** `microsoft.graph.externalConnectors.externalConnection`, as stored and returned. */
export interface ExternalConnectionJson {
  id: string;
  name: string;
  description?: string;
  state?: string;
  activitySettings?: { urlToItemResolvers: unknown[] };
}

/** One activity Graph accepted. */
export interface RecordedActivity {
  connectionId: string;
  itemId: string;
  type: string;
  startDateTime: string;
  userId: string;
  /** Client (app) id of the caller. */
  appId: string;
  /** Sandbox-clock ms at which it was recorded. */
  recordedAt: number;
}

interface Connection {
  json: ExternalConnectionJson;
  items: Map<string, Record<string, unknown>>;
}

/** The Graph connectors' data: connections, their items and the activities added to them. */
export class ConnectorStore {
  readonly #connections = new Map<string, Connection>();
  readonly activities: RecordedActivity[] = [];
  /** addActivities requests in flight per connection now, and the most seen at once. */
  readonly inFlight = new Map<string, number>();
  readonly maxInFlight = new Map<string, number>();
  /** Requests refused because more than the per-connection limit were in flight. */
  overLimit = 0;

  /** Creates or replaces connection `json.id`, keeping the items it already holds. */
  putConnection(json: ExternalConnectionJson): void {
    const existing = this.#connections.get(json.id);
    const items = existing?.items ?? new Map<string, Record<string, unknown>>();
    this.#connections.set(json.id, { json, items });
  }

  /** Connection `id` as created; undefined if there is none. */
  connection(id: string): ExternalConnectionJson | undefined {
    return this.#connections.get(id)?.json;
  }

  /** Creates or replaces an item; returns whether it existed. */
  putItem(connectionId: string, itemId: string, item: Record<string, unknown>): boolean {
    const items = this.#connections.get(connectionId)?.items;
    if (!items) throw new Error('no such connection');
    const existed = items.has(itemId);
    items.set(itemId, item);
    return existed;
  }

  /** Item `itemId` of a connection; undefined if either is missing. */
  item(connectionId: string, itemId: string): Record<string, unknown> | undefined {
    return this.#connections.get(connectionId)?.items.get(itemId);
  }

  readonly #activityFaults: { remaining: number; code: string; message: string }[] = [];

  /** The next `count` activities (in any addActivities call) fail with `code` in a 207. */
  failActivitiesNext(count: number, code: string, message: string): void {
    if (count > 0) this.#activityFaults.push({ remaining: count, code, message });
  }

  /** The next armed addActivities fault (one use of it); undefined when none is armed. */
  takeActivityFault(): { code: string; message: string } | undefined {
    const fault = this.#activityFaults[0];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#activityFaults.shift();
    return { code: fault.code, message: fault.message };
  }

  /** A request on the connection starts: returns how many are now in flight on it. */
  enter(connectionId: string): number {
    const n = (this.inFlight.get(connectionId) ?? 0) + 1;
    this.inFlight.set(connectionId, n);
    this.maxInFlight.set(connectionId, Math.max(n, this.maxInFlight.get(connectionId) ?? 0));
    return n;
  }

  /** A request on the connection ended. */
  leave(connectionId: string): void {
    this.inFlight.set(connectionId, Math.max(0, (this.inFlight.get(connectionId) ?? 1) - 1));
  }

  /** Forgets every connection, item, activity, fault and count. */
  reset(): void {
    this.#connections.clear();
    this.activities.length = 0;
    this.inFlight.clear();
    this.maxInFlight.clear();
    this.overLimit = 0;
    this.#activityFaults.length = 0;
  }
}
