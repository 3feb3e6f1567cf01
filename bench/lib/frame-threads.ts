// The extension's cost in each frame of a page, read from a Chromium trace that covers every
// renderer (a page's Tracing session records the out-of-process frames too): a cross-site iframe
// runs on a main thread of its own, in its own process. For bench:frame-cost (review F-load-1:
// what frame presence costs per frame). Pure, like trace-attribution.ts.
import { span, total, union, urlOf, type TraceEvent } from './trace-attribution';

/** What the extension did on one frame thread during a trace. */
export interface FrameThreadCost {
  /** `pid/tid`. */
  thread: string;
  /** Whether the reading path ran there: the top frame's thread. */
  top: boolean;
  /** The extension's thread time there (union of its events), ms. */
  ms: number;
  /**
   * Of `ms`, what the worker's injections ran (the order and probe functions, the frame size
   * question in the main world, the frame presence file), ms: the part frame presence changes in
   * the top frame.
   */
  injectedMs: number;
  /** How many times the frame presence file was run there (once per frame document is enough). */
  framePresenceRuns: number;
  /** How many injected functions (`executeScript({ func })`) ran there. */
  functionRuns: number;
}

/** Script runs of an injection: V8 compiling and running an injected file or function. */
const RUNS = new Set(['EvaluateScript', 'v8.compile', 'v8.run']);

/**
 * The extension's cost per frame thread in `events`: every thread where a content script of the
 * extension ran (its isolated world `worldName`; the worker and the extension's pages have none).
 * `origins` name the extension's files, `files` the reading path and frame presence.
 */
export function costByFrameThread(
  events: readonly TraceEvent[],
  origins: readonly string[],
  worldName: string,
  files: { reading: string; framePresence: string },
): FrameThreadCost[] {
  const ours = (e: TraceEvent) =>
    origins.some((origin) => urlOf(e).startsWith(origin)) || e.args?.worldName === worldName;
  const byThread = new Map<string, TraceEvent[]>();
  const unnamed = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${String(e.pid)}/${String(e.tid)}`;
    if (ours(e)) byThread.set(key, [...(byThread.get(key) ?? []), e]);
    else if (e.name === 'EvaluateScript' && e.ph === 'X' && urlOf(e) === '' && !e.args?.worldName)
      unnamed.set(key, [...(unnamed.get(key) ?? []), e]);
  }
  // The worker's main-world question (a frame's size) is named by neither a file nor a world: an
  // EvaluateScript without URL holding none of the extension's events (an isolated-world function
  // holds its `v8.run`). The bench's frame documents (harness/pages/ad.html) run no script of
  // their own, so on their threads every such evaluation is the worker's.
  for (const [key, list] of byThread) {
    const starts = list.flatMap((e) => (e.ts === undefined ? [] : [e.ts]));
    for (const e of unnamed.get(key) ?? []) {
      const from = e.ts ?? 0;
      const to = from + (e.dur ?? 0);
      if (!starts.some((at) => at >= from && at <= to)) list.push(e);
    }
  }
  const costs: FrameThreadCost[] = [];
  for (const [thread, list] of byThread) {
    if (!list.some((e) => e.args?.worldName === worldName)) continue;
    const injected = list.filter(
      (e) => RUNS.has(e.name) && (urlOf(e).endsWith(files.framePresence) || urlOf(e) === ''),
    );
    const ms = (picked: readonly TraceEvent[]) =>
      total(
        union(
          picked.flatMap((e) => {
            const interval = span(e);
            return interval ? [interval] : [];
          }),
        ),
      ) / 1000;
    costs.push({
      thread,
      top: list.some((e) => urlOf(e).endsWith(files.reading)),
      ms: ms(list),
      injectedMs: ms(injected),
      framePresenceRuns: list.filter(
        (e) => e.name === 'EvaluateScript' && urlOf(e).endsWith(files.framePresence),
      ).length,
      functionRuns: list.filter(
        (e) => e.name === 'v8.run' && urlOf(e) === '' && e.args?.worldName === worldName,
      ).length,
    });
  }
  return costs;
}
