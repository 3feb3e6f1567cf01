/**
 * One request's worth of queued reads for the relay. The relay refuses a body over 256 KB with 413
 * (relay/http/server.ts MAX_BODY_BYTES) and a read whose URL is over 8,192 characters as `badUrl`
 * (relay/http/reads.ts). The oldest 100 reads with long URLs (SharePoint-style query strings,
 * ~2.6 KB each) made a body the relay refused for good, and every later read waited behind it.
 */
import type { RelayReadRecord } from '../store/schema';
import type { RelayRead } from './relay-client';

/** A body this size leaves room under the relay's 256 KB for the JSON around the reads. */
export const RELAY_MAX_BODY_BYTES = 200 * 1024;
/** The relay's longest URL (relay/http/reads.ts): a longer one is refused whatever is sent. */
export const RELAY_MAX_URL_CHARS = 8192;

/** What to send now, and reads the relay would refuse as they are (to drop without sending). */
export interface RelayBatch {
  send: RelayReadRecord[];
  /** The wire form of `send`, in the same order. */
  reads: RelayRead[];
  /** Reads with a URL the relay never accepts: answered for, as the relay would have. */
  refused: RelayReadRecord[];
}

/**
 * The longest prefix of `queued` (oldest first) whose reads fit in `maxBytes` of UTF-8 JSON,
 * always at least one read that fits the relay, and every read on the way with a URL too long for
 * the relay. Pure. The rest waits for the next pass.
 */
export function relayBatch(
  queued: readonly RelayReadRecord[],
  maxBytes = RELAY_MAX_BODY_BYTES,
): RelayBatch {
  const batch: RelayBatch = { send: [], reads: [], refused: [] };
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const record of queued) {
    if (record.url.length > RELAY_MAX_URL_CHARS) {
      batch.refused.push(record);
      continue;
    }
    const read = { url: record.url, startDateTime: new Date(record.startedAt).toISOString() };
    // Its JSON and the comma before the next one.
    const size = encoder.encode(JSON.stringify(read)).length + 1;
    if (batch.send.length > 0 && bytes + size > maxBytes) break;
    bytes += size;
    batch.send.push(record);
    batch.reads.push(read);
  }
  return batch;
}
