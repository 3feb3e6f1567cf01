// Which flagged pages a sync pass plans from when more wait than it loads (F-sync-3, F-sync-5):
// chosen from index keys alone, so the choice costs two key reads however large the store.

/** What the store's indexes say about the flagged pages, for `chooseWindow`. */
export interface WindowKeys {
  /** Every flagged page's id (`by-unsynced-changes`), in any order. */
  flagged: readonly string[];
  /** Read pages' ids, least recently read first (`by-last-active`); never-read pages are absent. */
  byRecency: readonly string[];
  /**
   * Flagged pages the planner holds back however often it sees them: a write Graph refused for good
   * (`by-parked`), a page whose delete waits for Graph (an activity tombstone, refused or not).
   */
  held: ReadonlySet<string>;
}

/**
 * Up to `limit` flagged page ids for a pass: the pages that can go first, the most recently read
 * first (today's reads before an import's or a republish's backlog), then those never read; held
 * pages only fill what room is left, in the same order. So refused pages, however many, never
 * keep a sendable page out of the window (F-sync-5); a refused page whose body has changed since
 * still goes once the sendable backlog has room for it (the planner sends a new body).
 */
export function chooseWindow({ flagged, byRecency, held }: WindowKeys, limit: number): string[] {
  const waiting = new Set(flagged);
  const ready: string[] = [];
  const heldBack: string[] = [];
  const take = (id: string) => (held.has(id) ? heldBack : ready).push(id);
  for (let i = byRecency.length - 1; i >= 0 && ready.length < limit; i--) {
    const id = byRecency[i];
    if (id !== undefined && waiting.delete(id)) take(id);
  }
  // What is left: flagged pages never read (or none needed, `ready` being full).
  for (const id of waiting) {
    if (ready.length >= limit) break;
    take(id);
  }
  return [...ready, ...heldBack].slice(0, limit);
}
