import { editDistance, scorePage, typoAllowance, type QueryTerm } from '../search/rank';
import { queryTerms } from '../search/terms';
import type { Db } from './db';
import { activeMsOf, listRecentPages, pageRowOf, type PageRow } from './page-rows';
import type { ActivityRecord, TimelineDb } from './schema';
import type { IDBPIndex, IDBPTransaction } from 'idb';

/**
 * Search over every recorded page through the `by-term` index (src/search/terms.ts): each typed
 * word is a prefix range of that index, so a query costs key ranges, never a scan of the history.
 * Words are ANDed; a word the index holds nothing for is corrected to indexed words within a small
 * edit distance sharing its first two letters (typoAllowance). Ranking: scorePage, then most
 * recently read.
 */

export interface SearchResult {
  rows: PageRow[];
  /** Read pages that matched (at most this many were ranked; see RANK_LIMIT). */
  total: number;
}

/**
 * Above this many matches, only the most recently read RANK_LIMIT are ranked by score: a common
 * word then costs a walk of the recency index, not a load of thousands of pages.
 */
export const RANK_LIMIT = 300;
/** Most distinct index words looked at when correcting one typed word. */
const TYPO_SCAN_LIMIT = 5000;
/** Recency walk: first window, doubled until the matches are found. */
const FIRST_WINDOW_MS = 24 * 3600 * 1000;

type Stores = ('activities' | 'historyItems')[];
type ReadTx = IDBPTransaction<TimelineDb, Stores>;

/** Pages matching `query`, best first; the most recent pages when it holds no word. */
export async function searchPages(
  db: Db,
  query: string,
  { limit, now }: { limit: number; now: number },
): Promise<SearchResult> {
  const typed = queryTerms(query);
  if (typed.length === 0) {
    const rows = await listRecentPages(db, { limit });
    return { rows, total: rows.length };
  }
  const tx = db.transaction(['activities', 'historyItems'], 'readonly');
  const byTerm = tx.objectStore('activities').index('by-term');
  const matched = await Promise.all(typed.map((word) => matchWord(byTerm, word)));
  matched.sort((a, b) => a.keys.size - b.keys.size);
  let candidates = matched[0]?.keys ?? new Set<string>();
  for (const { keys } of matched.slice(1)) {
    candidates = new Set([...candidates].filter((key) => keys.has(key)));
  }
  const terms = matched.map((m) => m.term);
  const ids =
    candidates.size <= RANK_LIMIT
      ? [...candidates]
      : await mostRecent(tx, candidates, RANK_LIMIT, now);
  const activities = tx.objectStore('activities');
  const records = (await Promise.all(ids.map((id) => activities.get(id)))).filter(
    (record): record is ActivityRecord & { lastActiveAt: number } =>
      record?.lastActiveAt !== undefined,
  );
  const ranked = records
    .map((record) => ({ record, score: scorePage(record.metadata, terms) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || b.record.lastActiveAt - a.record.lastActiveAt)
    .slice(0, limit);
  const totals = await activeMsOf(
    tx,
    ranked.map((entry) => entry.record.appActivityId),
  );
  await tx.done;
  return {
    rows: ranked.map(({ record }) => pageRowOf(record, totals.get(record.appActivityId) ?? 0)),
    total: candidates.size <= RANK_LIMIT ? records.length : candidates.size,
  };
}

type TermIndex = IDBPIndex<TimelineDb, Stores, 'activities', 'by-term'>;

/** The pages a typed word finds: as a prefix, else through its typo corrections. */
async function matchWord(
  index: TermIndex,
  word: string,
): Promise<{ term: QueryTerm; keys: Set<string> }> {
  const direct = await index.getAllKeys(prefixRange(word));
  if (direct.length > 0) {
    return { term: { typed: word, forms: [word], corrected: false }, keys: new Set(direct) };
  }
  const forms = await corrections(index, word);
  const keys = (await Promise.all(forms.map((form) => index.getAllKeys(form)))).flat();
  return {
    term: { typed: word, forms, corrected: true },
    keys: new Set(keys),
  };
}

/** Indexed words within typoAllowance(word) edits of `word`, sharing its first two letters. */
async function corrections(index: TermIndex, word: string): Promise<string[]> {
  const allowance = typoAllowance(word);
  if (allowance === 0) return [];
  const found: string[] = [];
  let cursor = await index.openKeyCursor(prefixRange(word.slice(0, 2)), 'nextunique');
  for (let seen = 0; cursor && seen < TYPO_SCAN_LIMIT; seen++) {
    const candidate = cursor.key;
    if (editDistance(word, candidate, allowance) <= allowance) found.push(candidate);
    cursor = await cursor.continue();
  }
  return found;
}

/** Every key that starts with `prefix`. */
function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}

/**
 * The `count` most recently read of `candidates`, newest first: walks `by-last-active` backwards
 * in doubling time windows, each one key range, until enough are found or the history ends.
 */
async function mostRecent(
  tx: ReadTx,
  candidates: ReadonlySet<string>,
  count: number,
  now: number,
): Promise<string[]> {
  const index = tx.objectStore('activities').index('by-last-active');
  const oldest = (await index.openKeyCursor())?.key;
  if (oldest === undefined) return [];
  const found: string[] = [];
  let upper = Infinity;
  let window = FIRST_WINDOW_MS;
  while (found.length < count && upper > oldest) {
    const lower = Math.min(now, upper) - window;
    const range =
      upper === Infinity
        ? IDBKeyRange.lowerBound(lower)
        : IDBKeyRange.bound(lower, upper, false, true);
    const keys = await index.getAllKeys(range);
    for (let i = keys.length - 1; i >= 0 && found.length < count; i--) {
      const key = keys[i];
      if (key !== undefined && candidates.has(key)) found.push(key);
    }
    upper = lower;
    window *= 2;
  }
  return found;
}
