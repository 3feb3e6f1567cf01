/**
 * How often a visible page (or a subframe playing media) that is being read reports it is still
 * there, and how long silence may last before we stop believing anyone is reading. Time between two
 * pieces of evidence counts only when they are at most SILENCE_LIMIT_MS apart; a longer gap (laptop
 * asleep, worker or renderer frozen, an idle event we never got) counts nothing, so time always
 * stops at the last moment of real activity rather than at the next event seen. In a file of its
 * own so content scripts can name it without loading the tracker.
 */
export const HEARTBEAT_INTERVAL_MS = 15_000;
/** The longest gap (ms) between two pieces of evidence that is still counted as reading. */
export const SILENCE_LIMIT_MS = 2 * HEARTBEAT_INTERVAL_MS;
