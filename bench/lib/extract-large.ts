// bench:extract's large-page stage: generated article pages of a chosen size each extracted once
// cold and once warm. A page that fails (a 30 s load timeout at load ~50, a crashed context) is
// recorded with its reason and the stage goes on: #14 wants every case scored, and one slow page
// must not cost the run's other figures (lead finding F-lead-1, session 13).
import type { CaseRun } from './extract-page';
import { largeArticlePage } from './large-page';

/** One measured large page: main-thread CPU and wall time in ms. */
export interface LargeRow {
  elements: number;
  coldCpuMs: number;
  coldWallMs: number;
  warmCpuMs: number;
  /** Missing (null) when the work cap, or on a slow run the 500 ms safety net, stopped it. */
  wordCount: number | null;
}

/** A large page that could not be measured, with the error's text. */
export interface LargeFailure {
  elements: number;
  error: string;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * Extracts a page of each of `sizes` elements through `run` (runCase with the browser and the
 * bundle bound: the page's URL, its body, the number of runs) and returns one row per size, in
 * order: measured, or a LargeFailure when `run` rejects. `log` gets one line per page.
 */
export async function extractLargePages(
  sizes: readonly number[],
  run: (url: string, body: Buffer, runs: number) => Promise<CaseRun>,
  log: (line: string) => void = console.log,
): Promise<(LargeRow | LargeFailure)[]> {
  const rows: (LargeRow | LargeFailure)[] = [];
  for (const elements of sizes) {
    try {
      const body = Buffer.from(largeArticlePage(elements));
      const result = await run('http://fakehost/large/page.html', body, 2);
      const row: LargeRow = {
        elements,
        coldCpuMs: round(result.coldCpuMs),
        coldWallMs: round(result.times[0] ?? NaN),
        warmCpuMs: round(result.warmCpuMs),
        wordCount: result.meta.wordCount ?? null,
      };
      rows.push(row);
      log(
        `large page, ${String(elements)} elements: first extraction (one task) ${String(row.coldCpuMs)} ms CPU, ${String(row.coldWallMs)} ms wall; warm ${String(row.warmCpuMs)} ms CPU; word count ${row.wordCount === null ? 'skipped' : 'read'}`,
      );
    } catch (error) {
      rows.push({ elements, error: String(error) });
      log(`large page, ${String(elements)} elements: failed, ${String(error)}`);
    }
  }
  return rows;
}
