// Tracing one page's visit through CDP, and the figures the page benchmarks quote (page-cost.ts,
// read-trace.ts): the trace is collected as Chromium reports it, for trace-attribution.ts.
import { createHash } from 'node:crypto';
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import type { TraceEvent } from './trace-attribution';

/**
 * The trace categories the page benchmarks record: `toplevel` (RunTask, the tasks a long task is
 * made of), `devtools.timeline` and `v8` (scripts, callbacks, compiles); with `compile`, V8's own
 * compile events too (lazy compilation told apart; more tracing overhead).
 */
export function traceCategories(compile: boolean): string {
  return `toplevel,devtools.timeline,v8${compile ? ',disabled-by-default-v8.compile' : ''}`;
}

/** Starts tracing `cdp`'s target; every event reported is pushed onto `events`. */
export async function startTrace(
  cdp: CDPSession,
  events: TraceEvent[],
  categories: string,
): Promise<void> {
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
}

/** Ends the trace; resolves once Chromium has reported all of it. */
export async function stopTrace(cdp: CDPSession): Promise<void> {
  const done = new Promise<void>((resolve) => {
    cdp.once('Tracing.tracingComplete', () => {
      resolve();
    });
  });
  await cdp.send('Tracing.end');
  await done;
}

/** Median, p95 and maximum of `values` (ms, rounded to 0.01); NaN for none. */
export function summary(values: readonly number[]): {
  medianMs: number;
  p95Ms: number;
  maxMs: number;
} {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { medianMs: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(at(1)) };
}

/** `ms` rounded to hundredths. */
export function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/**
 * The corpus's page folders under `dir`, sorted by name: those named in `only` when given, else
 * all; the first `count` of them. A page folder may be a symbolic link to one (a corpus assembled
 * from links found no page at all in session 11).
 */
export function corpusPages(dir: string, only: readonly string[], count: number): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => isFolder(dir, entry) && (only.length === 0 || only.includes(entry.name)))
    .map((entry) => entry.name)
    .sort()
    .slice(0, count);
}

/** Whether `entry` of `dir` is a folder, or a symbolic link to one. */
function isFolder(dir: string, entry: Dirent): boolean {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(join(dir, entry.name)).isDirectory();
  } catch {
    // A dangling link: no page.
    return false;
  }
}

// Longest page list spelled out in a results file name; past it the name gives the first page,
// how many more, and a hash of the whole list.
const NAMED_PAGES_CHARS = 80;

/**
 * The results file for a run over `pages`: `<base>.json` for the whole corpus (`only` empty),
 * else `<base>.<page>+<page>….json` naming the pages run, so a run of some pages never
 * overwrites the whole corpus's figures and says which pages it holds. A long list is named
 * `<base>.<first>+<n>-more.<hash>.json`.
 */
export function resultsFileFor(
  base: string,
  only: readonly string[],
  pages: readonly string[],
): string {
  if (only.length === 0) return `${base}.json`;
  const safe = pages.map((page) => page.replace(/[^\w.-]+/g, '_'));
  const joined = safe.join('+') || 'none';
  if (joined.length <= NAMED_PAGES_CHARS) return `${base}.${joined}.json`;
  const hash = createHash('sha256').update(pages.join('\n')).digest('hex').slice(0, 8);
  return `${base}.${safe[0] ?? ''}+${String(pages.length - 1)}-more.${hash}.json`;
}
