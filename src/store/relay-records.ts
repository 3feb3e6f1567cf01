// What the store keeps for the organisation relay (src/organisation/; re-exported by schema.ts).

/**
 * A read of an organisation page waiting for the organisation's relay (src/organisation/). Only
 * reads whose URL matched the relay's published rules are ever stored here; removed once the relay
 * has acknowledged them (accepted, duplicate or refused for good).
 */
export interface RelayReadRecord {
  /** The engagement's id: one read per engagement, however often it is saved. */
  id: string;
  url: string;
  /** When the engagement started (ms since the epoch): the activity's `startDateTime`. */
  startedAt: number;
  /** When it was queued (ms since the epoch): delivery is oldest first. */
  queuedAt: number;
}

/** One rule the relay publishes at `GET /v1/sites` (relay/README.md): which pages it wants. */
export interface RelaySiteRule {
  connectionId: string;
  priority: number;
  baseUrls: string[];
  urlPattern: string;
}

/** The relay's rules as last fetched, for the relay they came from. */
export interface RelaySites {
  relayUrl: string;
  rules: RelaySiteRule[];
  /** ms since the epoch. */
  fetchedAt: number;
}

/** Delivery to the relay, persisted so a restarted worker keeps its backoff and Retry-After. */
export interface RelayStatus {
  /** Consecutive failed deliveries, for the backoff. */
  attempt: number;
  /** Nothing is sent before this (ms since the epoch): the relay's Retry-After or our backoff. */
  notBefore?: number;
  lastError?: { code: string; at: number };
  lastDeliveredAt?: number;
  /** Reads the relay acknowledged in all (accepted + duplicates + refused). */
  delivered: number;
}
