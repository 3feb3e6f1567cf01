/**
 * The newest pages holding every word of a query, found by walking a `[term, time]` index
 * newest-first in time windows and intersecting the words' page keys window by window. Pure: the
 * index is read through `TermTimeReader`, so the planner and the intersection are tested alone.
 *
 * Why windows: a query should read about as much as it shows. A word of 9,000 pages read whole
 * costs 9,000 keys; read a window at a time from the newest, the walk stops once `wanted` pages
 * match, after reading only the keys of those windows. The first window is the newest part of the
 * history that holds `wanted` pages at all (with pages spread evenly) and each next one doubles, so
 * a query whose words rarely meet still ends in a few reads per word (the whole history at worst,
 * which is what a full read would have cost). No word's size is asked first: counting an index
 * range in Chromium visits every entry of it, which for a common word costs more than the search.
 */

/** Reads one index: page keys under one exact term. */
export interface TermTimeReader {
  /** Keys of the pages indexed under `term` whose last read is in [from, to) (epoch ms). */
  keysIn(term: string, from: number, to: number): Promise<string[]>;
}

/** What to walk: each word as the exact terms it stands for (a prefix's words, or corrections). */
export interface WalkPlan {
  words: readonly (readonly string[])[];
  /** Matches to find before stopping. */
  wanted: number;
  /** Oldest last-read time in the index (ms): the walk ends below it. */
  oldest: number;
  /** Newest last-read time in the index (ms). */
  newest: number;
  /** Span of the first window (ms), from `firstSpan`. */
  firstSpan: number;
}

/** A search walk's answer: the matching keys found so far, and whether they are all of them. */
export interface WalkResult {
  /** Keys holding every word, newest windows first (unordered within a window). */
  keys: string[];
  /** True when the walk reached the oldest page: `keys` are then every match. */
  complete: boolean;
  /** Index reads made, for tests and benchmarks. */
  reads: number;
}

/** Shortest first window: below this, the round trips cost more than the keys. */
export const MIN_SPAN_MS = 3_600_000;

/**
 * The first window's span: the part of the history that holds `wanted` of its `pages`, if they
 * were spread evenly, with a 1.5 margin; at least MIN_SPAN_MS, and the whole history when it holds
 * no more than `wanted` pages.
 */
export function firstSpan(plan: {
  oldest: number;
  newest: number;
  wanted: number;
  /** Read pages in the history (the kept `readPages` counter). */
  pages: number;
}): number {
  const whole = plan.newest - plan.oldest + 1;
  if (plan.pages <= plan.wanted) return whole;
  const even = (whole * plan.wanted * 1.5) / plan.pages;
  return Math.min(whole, Math.max(MIN_SPAN_MS, Math.ceil(even)));
}

/** Keys in every list (each list a word's keys, possibly with repeats). Pure. */
export function intersectWords(words: readonly (readonly string[])[]): string[] {
  if (words.length === 0) return [];
  const sets = words.map((keys) => new Set(keys)).sort((a, b) => a.size - b.size);
  const [smallest = new Set<string>(), ...others] = sets;
  return [...smallest].filter((key) => others.every((set) => set.has(key)));
}

/** Walks the windows newest first until `wanted` keys hold every word or the history ends. */
export async function walkNewestFirst(reader: TermTimeReader, plan: WalkPlan): Promise<WalkResult> {
  const keys: string[] = [];
  let reads = 0;
  if (plan.words.length === 0 || plan.words.some((terms) => terms.length === 0)) {
    return { keys, complete: true, reads };
  }
  let to = plan.newest + 1;
  let span = Math.max(1, plan.firstSpan);
  while (to > plan.oldest && keys.length < plan.wanted) {
    const from = Math.max(plan.oldest, to - span);
    const perWord: string[][] = [];
    // A window where a word has no page needs no read of the words after it.
    for (const terms of plan.words) {
      const lists = await Promise.all(terms.map((term) => reader.keysIn(term, from, to)));
      reads += terms.length;
      const found = lists.flat();
      perWord.push(found);
      if (found.length === 0) break;
    }
    if (perWord.length === plan.words.length) keys.push(...intersectWords(perWord));
    to = from;
    span *= 2;
  }
  return { keys, complete: to <= plan.oldest, reads };
}
