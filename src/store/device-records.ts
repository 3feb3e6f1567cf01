// What the store keeps about other devices and reading back from Graph (src/devices/;
// re-exported by schema.ts).

/** This install as other devices know it. */
export interface DeviceIdentity {
  /** 12 hex digits, in the GUID of every engagement recorded here. */
  node: string;
  label: string;
  /** The label Graph last accepted in this device's marker; absent: not yet published. */
  publishedLabel?: string;
}

/** Reading back from Graph, kept across worker restarts. */
export interface PullState {
  /** ISO lower bound of the next listing's `lastModifiedDateTime ge` filter; absent: everything. */
  cursor?: string;
  /** The next page of a listing under way (a Graph URL under the configured root). */
  nextLink?: string;
  /** Latest `lastModifiedDateTime` seen in the listing under way (ms): the next cursor. */
  listingMax?: number;
  /** When each read of the last 5 minutes was sent (ms), for the read budget. */
  readLog: number[];
  /** When the last listing completed (ms). */
  lastPullAt?: number;
  /** No read before this (Retry-After or a backoff, ms). */
  notBefore?: number;
  attempt: number;
  lastError?: { code: string; at: number };
  /**
   * Graph has shown reading or a name from another device: only then does this device publish its
   * name and its deletion markers (a single browser never writes either).
   */
  othersSeen?: boolean;
}
