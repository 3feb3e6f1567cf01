import type { IDBPIndex, IDBPTransaction } from 'idb';
import { firstSpan, walkNewestFirst, type TermTimeReader } from '../search/newest-walk';
import { editDistance, scorePage, typoAllowance, type QueryTerm } from '../search/rank';
import { queryWords } from '../search/terms';
import { textNeedle } from '../search/text-match';
import { scanText } from './search-text';
import type { Db } from './db';
import { readCounters } from './counter-store';
import { pageTotalsOf, listRecentPages, pageRowOf, type PageRow } from './page-rows';
import type { ActivityRecord, TimelineDb } from './schema';

/**
 * Search over every read page through the `by-term-time` index (`[term, lastActiveAt]`, one entry
 * per term per page; store/search-keys.ts). A query reads about what it shows, whatever the size
 * of the history:
 * - each typed word stands for the indexed terms it is a prefix of (at most EXPANSION_CAP; a word
 *   with more, like "re", is checked on the pages found instead), or, when it is a prefix of none,
 *   for its typo corrections (typoAllowance, sharing its first letters);
 * - the words' pages are intersected a time window at a time from the newest
 *   (src/search/newest-walk.ts), stopping once `limit` pages hold every word;
 * - only those pages are read, ranked by scorePage and then most recently read.
 * So the ranking orders the newest matches, not the whole history: `more` says the walk stopped
 * before the oldest page. Words are ANDed. A query with text but no word (an emoji, "the", "C") is
 * looked for as typed in titles and URLs instead (search-text.ts).
 */

export interface SearchResult {
  rows: PageRow[];
  /** Pages found holding every word: all of them unless `more`. */
  total: number;
  /** True when older pages may match too (the walk stopped once enough were found). */
  more: boolean;
}

/** Most indexed terms one typed word may stand for before it is checked on pages instead. */
export const EXPANSION_CAP = 24;
/** Most distinct index words looked at when correcting one typed word (a cursor step each). */
const TYPO_SCAN_LIMIT = 400;
/** Letters a correction must share with the typed word: 3 from 6 letters on (fewer neighbours). */
const sharedPrefix = (word: string): string => word.slice(0, word.length >= 6 ? 3 : 2);
/** With only broad words: pages read per step of the newest-first walk. */
const SCAN_BATCH = 200;

type Stores = ('activities' | 'historyItems')[];
type ReadTx = IDBPTransaction<TimelineDb, Stores>;
type TermIndex = IDBPIndex<TimelineDb, Stores, 'activities', 'by-term-time'>;
type ReadPage = ActivityRecord & { lastActiveAt: number };

/** A typed word as the index knows it. */
interface Word {
  term: QueryTerm;
  /** Indexed terms it stands for: those it is a prefix of, or its corrections. */
  indexed: string[];
  /** Too many terms start with it: matched on the pages found, not walked. */
  broad: boolean;
}

/** Pages matching `query`, best first; the most recent pages when it is blank. */
export async function searchPages(
  db: Db,
  query: string,
  { limit }: { limit: number },
): Promise<SearchResult> {
  const typed = queryWords(query);
  const needle = textNeedle(query);
  if (needle === '') {
    const rows = await listRecentPages(db, { limit });
    return { rows, total: rows.length, more: false };
  }
  const pages = (await readCounters(db)).readPages;
  const tx = db.transaction(['activities', 'historyItems'], 'readonly');
  const index = tx.objectStore('activities').index('by-term-time');
  const words = await Promise.all(typed.map((word) => lookUp(index, word)));
  let found: { records: ReadPage[]; complete: boolean };
  if (typed.length === 0) {
    found = await scanText(tx, needle, limit);
  } else if (words.some((word) => !word.broad && word.indexed.length === 0)) {
    found = { records: [], complete: true };
  } else {
    const walked = words.filter((word) => !word.broad);
    const terms = words.map((word) => word.term);
    found =
      walked.length > 0
        ? await walkIndex(tx, index, walked, terms, { limit, pages })
        : await scanRecent(tx, terms, limit);
  }
  const terms = words.map((word) => word.term);
  const ranked = found.records
    // A text search's pages are checked already (no terms to score), newest first.
    .map((record) => ({
      record,
      score: typed.length === 0 ? 1 : scorePage(record.metadata, terms),
    }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || b.record.lastActiveAt - a.record.lastActiveAt);
  const shown = ranked.slice(0, limit);
  const totals = await pageTotalsOf(
    tx,
    shown.map((entry) => entry.record.appActivityId),
  );
  await tx.done;
  return {
    rows: shown.map(({ record }) => pageRowOf(record, totals.get(record.appActivityId))),
    total: ranked.length,
    more: !found.complete,
  };
}

/** The newest pages holding every walked word, read and checked against every word. */
async function walkIndex(
  tx: ReadTx,
  index: TermIndex,
  walked: readonly Word[],
  terms: readonly QueryTerm[],
  { limit, pages }: { limit: number; pages: number },
): Promise<{ records: ReadPage[]; complete: boolean }> {
  const byLastActive = tx.objectStore('activities').index('by-last-active');
  const [oldest, newest] = await Promise.all([
    byLastActive.openKeyCursor(null, 'next').then((cursor) => cursor?.key),
    byLastActive.openKeyCursor(null, 'prev').then((cursor) => cursor?.key),
  ]);
  if (oldest === undefined || newest === undefined) return { records: [], complete: true };
  const reader: TermTimeReader = {
    keysIn: (term, from, to) =>
      index.getAllKeys(IDBKeyRange.bound([term, from], [term, to], false, true)),
  };
  const plan = { oldest, newest, wanted: limit, pages };
  const { keys, complete } = await walkNewestFirst(reader, {
    ...plan,
    words: walked.map((word) => word.indexed),
    firstSpan: firstSpan(plan),
  });
  const activities = tx.objectStore('activities');
  const records = await Promise.all(keys.map((key) => activities.get(key)));
  // The pages' own terms decide: broad words are checked here, and an index entry a write left
  // stale can never show a page that does not match.
  return { records: records.filter((record) => isMatch(record, terms)), complete };
}

/**
 * Only broad words (each a prefix of many terms): their pages are common, so the newest pages are
 * read in batches and checked until `limit` match or the history ends.
 */
async function scanRecent(
  tx: ReadTx,
  terms: readonly QueryTerm[],
  limit: number,
): Promise<{ records: ReadPage[]; complete: boolean }> {
  const activities = tx.objectStore('activities');
  const records: ReadPage[] = [];
  let cursor = await activities.index('by-last-active').openKeyCursor(null, 'prev');
  while (cursor) {
    const keys: string[] = [];
    while (cursor && keys.length < SCAN_BATCH) {
      keys.push(cursor.primaryKey);
      cursor = await cursor.continue();
    }
    const batch = await Promise.all(keys.map((key) => activities.get(key)));
    records.push(...batch.filter((record) => isMatch(record, terms)));
    if (records.length >= limit) return { records, complete: !cursor };
  }
  return { records, complete: true };
}

/** A read page whose own terms hold every query word. */
function isMatch(
  record: ActivityRecord | undefined,
  terms: readonly QueryTerm[],
): record is ReadPage {
  if (record?.lastActiveAt === undefined) return false;
  const own = record.searchTerms ?? [];
  return terms.every((term) =>
    term.corrected
      ? term.forms.some((form) => own.includes(form))
      : term.forms.some((form) => own.some((word) => word.startsWith(form))),
  );
}

/**
 * A typed word's index terms (as a prefix, in each of its spellings, else its corrections) and
 * how many pages they hold.
 */
async function lookUp(
  index: TermIndex,
  { typed: word, forms }: { typed: string; forms: string[] },
): Promise<Word> {
  // Scored as typed (a whole word ranks above a longer word it begins).
  const prefixTerm: QueryTerm = { typed: word, forms, corrected: false };
  const prefixed = new Set<string>();
  for (const form of forms) {
    for (const term of await distinctTerms(index, form, EXPANSION_CAP + 1, () => true))
      prefixed.add(term);
  }
  if (prefixed.size > EXPANSION_CAP) {
    return { term: prefixTerm, indexed: [], broad: true };
  }
  if (prefixed.size === 0) {
    const corrected = await corrections(index, word);
    return {
      term: { typed: word, forms: corrected, corrected: true },
      indexed: corrected,
      broad: false,
    };
  }
  return { term: prefixTerm, indexed: [...prefixed], broad: false };
}

/** Indexed words within typoAllowance(word) edits of `word`, sharing its first letters. */
async function corrections(index: TermIndex, word: string): Promise<string[]> {
  const allowance = typoAllowance(word);
  if (allowance === 0) return [];
  const close = (candidate: string) => editDistance(word, candidate, allowance) <= allowance;
  return distinctTerms(index, sharedPrefix(word), TYPO_SCAN_LIMIT, close, TYPO_SCAN_LIMIT);
}

/**
 * Distinct terms of the index starting with `prefix`, in order, that pass `keep`: at most `max`
 * kept, and at most `scan` looked at. One cursor step per term: each step skips the term's other
 * entries (`continue([term, Infinity])` lands on the next term).
 */
async function distinctTerms(
  index: TermIndex,
  prefix: string,
  max: number,
  keep: (term: string) => boolean,
  scan = Infinity,
): Promise<string[]> {
  const found: string[] = [];
  let cursor = await index.openKeyCursor(IDBKeyRange.bound([prefix], [`${prefix}\uffff`]));
  for (let seen = 0; cursor && found.length < max && seen < scan; seen++) {
    const [term] = cursor.key;
    if (keep(term)) found.push(term);
    cursor = await cursor.continue([term, Infinity]);
  }
  return found;
}
