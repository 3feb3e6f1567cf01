// Every Graph request the sandbox saw, in arrival order, with the sandbox-clock time it arrived.
// Sync tests use it to prove a client waited out Retry-After and never wrote the same thing twice.

/** One Graph request as the log keeps it: order, method, path, status, caller. */
export interface RequestLogEntry {
  /** Arrival order, starting at 1; batch parts get their own numbers. */
  seq: number;
  method: string;
  /** Path and query as received (for batch parts: the part's URL under the version root). */
  path: string;
  /** Sandbox user name (or oid if unknown); absent when the request was not authenticated. */
  user?: string;
  /** Client id of the calling app. */
  appId?: string;
  /** Final status; 0 when the connection was dropped by a fault switch. */
  status: number;
  /** Sandbox-clock ms when the request arrived. */
  arrivalMs: number;
  /** Sandbox-clock ms when the answer was sent (or the connection dropped). */
  endMs: number;
  /** Set when a fault switch decided the outcome. */
  fault?: 'failed' | 'dropped';
  /** The Retry-After header sent, if any. */
  retryAfter?: string;
  /** For a part of a $batch: the batch request's seq and the part id. */
  batch?: { seq: number; id: string };
}

/** Bounded so a long `npm start` session cannot grow memory without limit. */
const MAX_ENTRIES = 200_000;

/** Every Graph request in arrival order (batch parts each on their own). */
export class RequestLog {
  #entries: RequestLogEntry[] = [];
  #seq = 0;

  /** Reserves the next sequence number at arrival, so order reflects arrival, not completion. */
  nextSeq(): number {
    return ++this.#seq;
  }

  /** Appends `entry`, keeping only the newest MAX_ENTRIES. */
  add(entry: RequestLogEntry): void {
    this.#entries.push(entry);
    if (this.#entries.length > MAX_ENTRIES)
      this.#entries.splice(0, this.#entries.length - MAX_ENTRIES);
  }

  /** Entries sorted by arrival (seq), optionally only those after `sinceSeq`. */
  list(sinceSeq = 0): RequestLogEntry[] {
    return this.#entries.filter((e) => e.seq > sinceSeq).sort((a, b) => a.seq - b.seq);
  }

  /** Empties the log (sequence numbers go on). */
  clear(): void {
    this.#entries = [];
  }
}
