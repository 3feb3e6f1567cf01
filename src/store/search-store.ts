import { editDistance, scorePage, typoAllowance, type QueryTerm } from '../search/rank';
import { queryTerms } from '../search/terms';
import type { Db } from './db';
import { activeMsOf, listRecentPages, pageRowOf, type PageRow } from './page-rows';
import type { ActivityRecord, TimelineDb } from './schema';
import type { IDBPIndex, IDBPTransaction } from 'idb';

/**
 * Search over every recorded page through the `by-term` index (src/search/terms.ts). Each typed
 * word is a prefix range of that index, read with a cap (CANDIDATE_CAP keys): the rarest word's
 * pages are the candidates, and the other words are checked on those pages' own terms, so a query
 * costs at most CANDIDATE_CAP page reads however common its other words are. When every word is
 * common, their key sets (keys only) are intersected and only the newest MATCH_TARGET matches are
 * read and ranked (found by walking `by-last-active` keys in time windows): a common word never
 * loads 50,000 pages. Words are ANDed; a word the index holds
 * nothing for is corrected to indexed words within a small edit distance sharing its first two
 * letters (typoAllowance). Ranking: scorePage, then most recently read.
 */

export interface SearchResult {
  rows: PageRow[];
  /** Read pages that matched (above MATCH_TARGET, pages that hold every word). */
  total: number;
}

/** Keys read per word before it counts as common (its pages are then not listed). */
export const CANDIDATE_CAP = 400;
/** With only common words: the newest this many matches (at least the limit asked) are ranked. */
export const MATCH_TARGET = 100;
/** Most distinct index words looked at when correcting one typed word (a cursor step each). */
const TYPO_SCAN_LIMIT = 400;
/** Letters a correction must share with the typed word: 3 from 6 letters on (fewer neighbours). */
const sharedPrefix = (word: string): string => word.slice(0, word.length >= 6 ? 3 : 2);
/** Recency walk: first window, doubled until enough matches are found. */
const FIRST_WINDOW_MS = 12 * 3600 * 1000;

type Stores = ('activities' | 'historyItems')[];
type ReadTx = IDBPTransaction<TimelineDb, Stores>;
type ReadPage = ActivityRecord & { lastActiveAt: number };

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
  const terms = matched.map((m) => m.term);
  const matchesAll = (record: ActivityRecord): boolean =>
    terms.every((term) => hasTerm(record.searchTerms ?? [], term));
  // The rarest word whose pages were all listed gives the candidates; none: the newest pages.
  const rarest = matched.filter((m) => m.complete).sort((a, b) => a.keys.size - b.keys.size)[0];
  const activities = tx.objectStore('activities');
  const load = async (ids: Iterable<string>): Promise<ReadPage[]> =>
    (await Promise.all([...ids].map((id) => activities.get(id)))).filter(
      (record): record is ReadPage => record?.lastActiveAt !== undefined && matchesAll(record),
    );
  let records: ReadPage[];
  let total: number;
  if (rarest) {
    records = await load(rarest.keys);
    total = records.length;
  } else {
    // Every word is common: intersect their page keys (keys only, no records), then read the
    // records of at most the newest MATCH_TARGET pages of the intersection.
    const sets = await Promise.all(terms.map((term) => allKeys(byTerm, term)));
    sets.sort((a, b) => a.size - b.size);
    const [first = new Set<string>(), ...others] = sets;
    const candidates = [...first].filter((key) => others.every((set) => set.has(key)));
    const wanted = Math.max(limit, MATCH_TARGET);
    records = await load(
      candidates.length <= CANDIDATE_CAP
        ? candidates
        : await newestOf(tx, new Set(candidates), wanted, now),
    );
    total = candidates.length <= CANDIDATE_CAP ? records.length : candidates.length;
  }
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
    total,
  };
}

/** Every page key a query word finds (keys only: cheap even for a word on most pages). */
async function allKeys(index: TermIndex, term: QueryTerm): Promise<Set<string>> {
  const ranges = term.corrected ? term.forms : [prefixRange(term.typed)];
  return new Set((await Promise.all(ranges.map((range) => index.getAllKeys(range)))).flat());
}

/** Whether a page's indexed terms hold a query word (a prefix, or one of its exact corrections). */
function hasTerm(pageTerms: readonly string[], term: QueryTerm): boolean {
  return term.corrected
    ? term.forms.some((form) => pageTerms.includes(form))
    : pageTerms.some((word) => word.startsWith(term.typed));
}

type TermIndex = IDBPIndex<TimelineDb, Stores, 'activities', 'by-term'>;

/**
 * The pages a typed word finds (as a prefix, else through its typo corrections), read with a cap:
 * `complete` is false when the word is too common for its pages to be listed.
 */
async function matchWord(
  index: TermIndex,
  word: string,
): Promise<{ term: QueryTerm; keys: Set<string>; complete: boolean }> {
  const direct = await index.getAllKeys(prefixRange(word), CANDIDATE_CAP + 1);
  if (direct.length > 0) {
    return {
      term: { typed: word, forms: [word], corrected: false },
      keys: new Set(direct),
      complete: direct.length <= CANDIDATE_CAP,
    };
  }
  const forms = await corrections(index, word);
  const keys = (
    await Promise.all(forms.map((form) => index.getAllKeys(form, CANDIDATE_CAP + 1)))
  ).flat();
  return {
    term: { typed: word, forms, corrected: true },
    keys: new Set(keys),
    complete: keys.length <= CANDIDATE_CAP,
  };
}
/** Indexed words within typoAllowance(word) edits of `word`, sharing its first letters. */
async function corrections(index: TermIndex, word: string): Promise<string[]> {
  const allowance = typoAllowance(word);
  if (allowance === 0) return [];
  const found: string[] = [];
  let cursor = await index.openKeyCursor(prefixRange(sharedPrefix(word)), 'nextunique');
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
 * The `count` most recently read of `candidates`, newest first: walks the keys of `by-last-active`
 * backwards in doubling time windows (each one key range, no records), until enough are found or
 * the history ends.
 */
async function newestOf(
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
