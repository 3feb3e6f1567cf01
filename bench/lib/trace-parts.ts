// Where a page read's extension time goes, part by part, read from the same Chromium trace as
// trace-attribution.ts (issue #13: read p95 ≤ 10 ms). Each outermost event of the extension on the
// page's main thread (what attributeToExtension sums) goes to one part, by the file it runs or the
// task that called it; the parts add up to the extension's time. With the trace category
// `disabled-by-default-v8.compile`, the lazy compilation inside the first extraction is told apart
// too (V8 compiles a function the first time it runs). Pure: bench/page-cost.ts and
// bench/read-trace.ts feed it.
import { extensionScope, urlOf, type TraceEvent } from './trace-attribution';

/** A read's extension time by part, thread time in milliseconds. */
export interface ReadParts {
  /**
   * Creating the extension's isolated world in the page, in the task of the worker's first
   * injection (see ExtensionScope.worldSetup).
   */
  world: number;
  /** The worker's order: the function `scripting.executeScript` runs before the reading path. */
  order: number;
  /** Compiling the reading path's script (parse and eager compile, before it runs). */
  readingCompile: number;
  /** Running the reading path's top level: module set-up, the session start, its listeners. */
  readingRun: number;
  /**
   * Frame presence in the frames on this thread: the worker's main-world question of each frame's
   * size, and the frame presence file where a frame may show evidence.
   */
  framePresence: number;
  /** The first idle callback: reading the page (the extraction) and its report. */
  firstExtraction: number;
  /** Idle callbacks after the first (e.g. the reading-position sampler's slices). */
  laterIdle: number;
  /** Timers (the presence watch, the heartbeat, the read timer). */
  timers: number;
  /** The page's events reaching the extension's listeners (scroll, visibility, input). */
  events: number;
  /** Anything else: replies from the worker, its messages, promise continuations. */
  other: number;
  /**
   * Of `firstExtraction`: V8's lazy compilation of the functions it runs first (0 without the
   * `disabled-by-default-v8.compile` category). Not added again to the total.
   */
  firstExtractionCompile: number;
}

/** The parts `ReadParts` adds up (all but the share `firstExtractionCompile`). */
export const SUMMED_PARTS = [
  'world',
  'order',
  'readingCompile',
  'readingRun',
  'framePresence',
  'firstExtraction',
  'laterIdle',
  'timers',
  'events',
  'other',
] as const satisfies readonly (keyof ReadParts)[];

/** The injected files, as paths inside the extension (e.g. READING_MODULE_PATH). */
export interface InjectedFiles {
  reading: string;
  framePresence: string;
}

const emptyParts = (): ReadParts => ({
  world: 0,
  order: 0,
  readingCompile: 0,
  readingRun: 0,
  framePresence: 0,
  firstExtraction: 0,
  laterIdle: 0,
  timers: 0,
  events: 0,
  other: 0,
  firstExtractionCompile: 0,
});

/** V8's compile events: a script's compile, or a function's (lazy) compile. */
const isCompile = (e: TraceEvent) => e.name === 'v8.compile' || e.name === 'V8.CompileCode';
/** Running a script: what `executeScript({ func })` runs when it names no file. */
const isScriptRun = (e: TraceEvent) =>
  e.name === 'v8.compile' || e.name === 'v8.run' || e.name === 'EvaluateScript';

/**
 * Splits the extension's main-thread time in `events` into parts (see ReadParts); `origins` and
 * `worldName` as for attributeToExtension. All zero when no content script of the extension ran.
 * Nesting is read from the wall clock (`ts`/`dur`), amounts from thread time (`tts`/`tdur`).
 */
export function readParts(
  events: readonly TraceEvent[],
  origins: readonly string[],
  worldName: string,
  files: InjectedFiles,
): ReadParts {
  const parts = emptyParts();
  const scope = extensionScope(events, origins, worldName);
  if (!scope) return parts;
  const { ours, onMain } = scope;
  const timed = events
    .filter((e) => e.ph === 'X' && onMain(e) && e.ts !== undefined && e.dur !== undefined)
    .sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0) || (b.dur ?? 0) - (a.dur ?? 0));
  const end = (e: TraceEvent) => (e.ts ?? 0) + (e.dur ?? 0);
  const ms = (e: TraceEvent) => (e.tdur ?? 0) / 1000;
  const stack: TraceEvent[] = [];
  let outer: { event: TraceEvent; part: keyof ReadParts } | undefined;
  let firstIdle: TraceEvent | undefined;
  for (const e of timed) {
    while (stack.length > 0 && end(stack[stack.length - 1] as TraceEvent) <= (e.ts ?? 0)) {
      stack.pop();
    }
    if (outer && end(outer.event) <= (e.ts ?? 0)) outer = undefined;
    if (!outer && ours(e)) {
      const part = scope.mainWorld(e)
        ? 'framePresence'
        : scope.worldSetup(e)
          ? 'world'
          : partOf(e, stack, files);
      if (part === 'firstExtraction') {
        const idle = stack.findLast((a) => a.name === 'FireIdleCallback');
        firstIdle ??= idle;
        if (idle !== firstIdle) {
          parts.laterIdle += ms(e);
          outer = { event: e, part: 'laterIdle' };
          stack.push(e);
          continue;
        }
      }
      parts[part] += ms(e);
      outer = { event: e, part };
    } else if (outer && isCompile(e) && !stack.some((a) => a !== outer?.event && isCompile(a))) {
      // The outermost compile inside the reading script's evaluation or the first extraction.
      if (outer.part === 'readingRun' && urlOf(e).endsWith(files.reading)) {
        parts.readingRun -= ms(e);
        parts.readingCompile += ms(e);
      } else if (outer.part === 'firstExtraction' && e.name === 'V8.CompileCode') {
        parts.firstExtractionCompile += ms(e);
      }
    }
    stack.push(e);
  }
  return parts;
}

/** The part an outermost extension event `e` belongs to; `callers` are the events around it. */
function partOf(
  e: TraceEvent,
  callers: readonly TraceEvent[],
  files: InjectedFiles,
): Exclude<keyof ReadParts, 'firstExtractionCompile' | 'readingCompile' | 'world'> {
  const url = urlOf(e);
  if (url.endsWith(files.reading)) return 'readingRun';
  if (url.endsWith(files.framePresence)) return 'framePresence';
  const caller = callers.findLast((a) =>
    ['FireIdleCallback', 'TimerFire', 'EventDispatch'].includes(a.name),
  );
  if (caller?.name === 'FireIdleCallback') return 'firstExtraction';
  if (caller?.name === 'TimerFire') return 'timers';
  if (caller?.name === 'EventDispatch') return 'events';
  return url === '' && isScriptRun(e) ? 'order' : 'other';
}
