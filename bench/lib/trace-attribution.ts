// Which part of a page's main-thread time belongs to an extension, read from a Chromium trace
// (categories `toplevel,devtools.timeline,v8`): the trace events that name one of the extension's
// files (EvaluateScript of a content script, FunctionCall of its listeners, timers and idle
// callbacks, module fetches and compiles) or its isolated world (module evaluation), and the
// creation of that world, which names neither (see ExtensionScope.worldSetup). Their union,
// in thread time (`tts`/`tdur`: the time the thread ran, not the time a busy machine kept it
// waiting), is the extension's time; nested events are not counted twice. Code that runs in a
// microtask after an `await` is named by no event and is not counted: the content script does its
// heavy work (reading the page) inside an idle callback, which is. Pure: bench/page-cost.ts feeds it.

/** One event of a Chrome trace (Trace Event Format), as far as this module reads it. */
export interface TraceEvent {
  name: string;
  ph?: string;
  pid?: number;
  tid?: number;
  /** Microseconds, trace clock. */
  ts?: number;
  dur?: number;
  /** Thread time (microseconds the thread ran), where the trace has it. */
  tts?: number;
  tdur?: number;
  args?: { data?: { url?: string }; fileName?: string; url?: string; worldName?: string };
}

/** What one page load's trace says about the extension (milliseconds). */
export interface Attribution {
  /** Main-thread time spent for the extension (union of its events and samples). */
  extensionMs: number;
  /** The most extension time inside one main-thread task (a long task is > 50 ms). */
  longestTaskMs: number;
  /** Whether any of `markerFiles` was fetched or run (e.g. the module loaded on a page read). */
  loadedMarker: boolean;
}

type Interval = [start: number, end: number];

/**
 * Attributes `events` to the extension whose files are under one of `origins` (e.g.
 * `chrome-extension://<id>/`, and the session's dynamic URL for resources behind
 * `use_dynamic_url`) and whose content scripts run in the world `worldName` (Chromium names it
 * after the extension). The page's main thread is the one that ran the extension's first content
 * script; without one, nothing is attributed.
 */
export function attributeToExtension(
  events: readonly TraceEvent[],
  origins: readonly string[],
  worldName: string,
  markerFiles: readonly string[] = [],
): Attribution {
  const scope = extensionScope(events, origins, worldName);
  if (!scope) return { extensionMs: 0, longestTaskMs: 0, loadedMarker: false };
  const { ours, onMain } = scope;
  const intervals: Interval[] = [];
  let loadedMarker = false;
  for (const e of events) {
    if (!onMain(e) || !ours(e)) continue;
    if (markerFiles.some((file) => urlOf(e).endsWith(file))) loadedMarker = true;
    const interval = span(e);
    if (interval) intervals.push(interval);
  }
  const merged = union(intervals);
  let longest = 0;
  for (const e of events) {
    // RunTask (toplevel) and ThreadControllerImpl::RunTask: a task of the main thread.
    const task = onMain(e) && e.name.endsWith('RunTask') ? span(e) : undefined;
    if (task) longest = Math.max(longest, overlap(merged, task));
  }
  return { extensionMs: total(merged) / 1000, longestTaskMs: longest / 1000, loadedMarker };
}

/** How to tell the extension's events and the page's main thread in one trace. */
export interface ExtensionScope {
  /**
   * Whether `e` names one of the extension's files or its content scripts' world, or is one of its
   * main-world injections (mainWorld).
   */
  ours: (e: TraceEvent) => boolean;
  /**
   * Whether `e` is a function the worker ran in the page's own (main) world: the frame size
   * question (background/injection/frame-presence-injection.ts). Chromium names neither a file nor
   * a world for it: an `EvaluateScript` without URL on the main thread, from the extension's first
   * event on, holding none of the extension's events (an isolated-world injection holds its
   * `v8.run`). A page's own script evaluated without URL after that point is counted too: the
   * figure errs against the extension.
   */
  mainWorld: (e: TraceEvent) => boolean;
  /**
   * Whether `e` is the creation of the extension's isolated world in the page
   * (`LocalWindowProxy::Initialize` inside the main-thread task that ran the extension's first
   * event: the worker's first `scripting.executeScript`). Chromium names neither a file nor a world
   * for it, yet a page without the extension never pays it (1.7–1.9 ms thread time a read on corpus
   * pages, session 15).
   */
  worldSetup: (e: TraceEvent) => boolean;
  /** Whether `e` ran on the page's main thread (the one that ran the first content script). */
  onMain: (e: TraceEvent) => boolean;
}

/** The URL an event names (script, function or fetch), or ''. */
export const urlOf = (e: TraceEvent): string =>
  e.args?.data?.url ?? e.args?.fileName ?? e.args?.url ?? '';

/**
 * The extension's events and the page's main thread in `events` (see attributeToExtension for
 * `origins` and `worldName`), or undefined when no content script of the extension ran.
 */
export function extensionScope(
  events: readonly TraceEvent[],
  origins: readonly string[],
  worldName: string,
): ExtensionScope | undefined {
  const named = (e: TraceEvent) =>
    origins.some((origin) => urlOf(e).startsWith(origin)) || e.args?.worldName === worldName;
  const injected = events.find((e) => e.name === 'EvaluateScript' && named(e));
  const pid = injected?.pid;
  const tid = injected?.tid;
  if (pid === undefined || tid === undefined) return undefined;
  const onMain = (e: TraceEvent) => e.pid === pid && e.tid === tid;
  const thread = events.filter(onMain);
  const mainWorld = mainWorldInjections(thread, named);
  const worldSetup = worldCreation(thread, named);
  return {
    ours: (e) => named(e) || mainWorld.has(e) || worldSetup.has(e),
    mainWorld: (e) => mainWorld.has(e),
    worldSetup: (e) => worldSetup.has(e),
    onMain,
  };
}

/** See ExtensionScope.worldSetup; `thread` is the main thread's events. */
function worldCreation(
  thread: readonly TraceEvent[],
  named: (e: TraceEvent) => boolean,
): Set<TraceEvent> {
  const wall = (e: TraceEvent): Interval => [e.ts ?? 0, (e.ts ?? 0) + (e.dur ?? 0)];
  const first = thread
    .filter((e) => named(e) && e.ph === 'X' && e.ts !== undefined)
    .sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0))[0];
  if (!first) return new Set();
  const [from, to] = wall(first);
  const task = thread.find((e) => {
    const [start, end] = wall(e);
    return e.ph === 'X' && e.name.endsWith('RunTask') && start <= from && end >= to;
  });
  if (!task) return new Set();
  const [start, end] = wall(task);
  return new Set(
    thread.filter(
      (e) =>
        e.name === 'LocalWindowProxy::Initialize' &&
        e.ph === 'X' &&
        wall(e)[0] >= start &&
        wall(e)[1] <= end,
    ),
  );
}

/** See ExtensionScope.mainWorld; `thread` is the main thread's events. */
function mainWorldInjections(
  thread: readonly TraceEvent[],
  named: (e: TraceEvent) => boolean,
): Set<TraceEvent> {
  const ourStarts = thread.flatMap((e) => (named(e) && e.ts !== undefined ? [e.ts] : []));
  const from = Math.min(...ourStarts);
  const found = new Set<TraceEvent>();
  for (const e of thread) {
    if (e.name !== 'EvaluateScript' || e.ph !== 'X' || urlOf(e) !== '' || e.args?.worldName)
      continue;
    const start = e.ts ?? -Infinity;
    const end = start + (e.dur ?? 0);
    if (start < from || ourStarts.some((at) => at >= start && at <= end)) continue;
    found.add(e);
  }
  return found;
}

/** A complete event's thread-time interval (microseconds), if it has one. */
export function span(e: TraceEvent): Interval | undefined {
  return e.ph === 'X' && e.tts !== undefined && e.tdur !== undefined
    ? [e.tts, e.tts + e.tdur]
    : undefined;
}

/** Sorted, non-overlapping cover of `intervals`. */
export function union(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The length of `intervals`' cover (microseconds). */
export function total(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, [start, end]) => sum + end - start, 0);
}

function overlap(intervals: readonly Interval[], [from, to]: Interval): number {
  let sum = 0;
  for (const [start, end] of intervals)
    sum += Math.max(0, Math.min(end, to) - Math.max(start, from));
  return sum;
}
