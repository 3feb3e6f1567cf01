import { editDistance, typoAllowance } from './rank';
import { fold, queryWords, spelledOut } from './terms';
import { textMatches, textNeedle } from './text-match';

/**
 * Where a query matched a line of text (a result's title), to mark it. Pure.
 *
 * Mirrors search (src/store/search-store.ts): each typed word marks the start of every word it
 * begins, in either German spelling ("muen" marks "Mün" in "München"); a typed word that begins
 * none marks the whole words it is a typo of; a query with no search term marks the text as typed
 * (text-match.ts). Ranges are [start, end) in `text.normalize('NFC')`, sorted and merged.
 */
export function matchRanges(text: string, query: string): [number, number][] {
  const composed = text.normalize('NFC');
  const typed = queryWords(query);
  if (typed.length === 0) return textMatches(composed, textNeedle(query));
  const runs = [...composed.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((match) => ({
    start: match.index,
    text: match[0],
  }));
  const ranges: [number, number][] = [];
  for (const word of typed) {
    const begun = runs.flatMap((run) => {
      const length = prefixLength(run.text, word.forms);
      return length > 0 ? [[run.start, run.start + length] as [number, number]] : [];
    });
    ranges.push(...(begun.length > 0 ? begun : typoRuns(runs, word.typed)));
  }
  return merge(ranges);
}

/** How much of `run` the first of `forms` it begins covers (in either spelling), or 0. */
function prefixLength(run: string, forms: readonly string[]): number {
  const spell = (text: string): string => fold(spelledOut(text) ?? text);
  for (const form of forms) {
    const folding = fold(run).startsWith(form) ? fold : spell(run).startsWith(form) ? spell : null;
    if (folding === null) continue;
    // The shortest start of the run that folds, in that spelling, to at least the form.
    let covered = 0;
    for (const char of run) {
      covered += char.length;
      if (folding(run.slice(0, covered)).length >= form.length) return covered;
    }
    return run.length;
  }
  return 0;
}

/** Whole words `typed` is a typo of, as search corrects it (rank.ts typoAllowance). */
function typoRuns(runs: readonly { start: number; text: string }[], typed: string) {
  const allowance = typoAllowance(typed);
  if (allowance === 0) return [];
  const shared = typed.slice(0, typed.length >= 6 ? 3 : 2);
  return runs
    .filter((run) => {
      const word = fold(run.text);
      return word.startsWith(shared) && editDistance(typed, word, allowance) <= allowance;
    })
    .map((run): [number, number] => [run.start, run.start + run.text.length]);
}

function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
