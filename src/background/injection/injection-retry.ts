// What becomes of the planner's orders (injection-plan.ts): each order's outcome, heard back from
// the glue (injector.ts), says whether the document is done with or is ordered again later; a
// worker started again makes once more an order whose outcome it never heard. Plain data, as the
// planner's state is (storage.session).

/**
 * What became of an order. `placed`: the reading path was given it. `reading`: the document
 * already reads (a same-URL `loading` was a subframe's). `declined`: the privacy rules said no
 * (may-read.ts), not asked again until the tab navigates. `viewer`: the browser refuses every add-on
 * script in the document (a PDF in Firefox's pdf.js), which the worker reads from its tab instead
 * (viewer-tab/tab-viewers.ts). `refused`: the order could not be made (the document is on another
 * route, the tab is gone or busy, a page that cannot be scripted): ordered again after RETRY_MS,
 * doubling, at most MAX_ATTEMPTS times in all.
 */
export type InjectionOutcome = 'placed' | 'reading' | 'declined' | 'viewer' | 'refused';

/** How long a refused order waits before it is made again (ms); each refusal doubles it. */
export const RETRY_MS = 1_000;

/** Orders made into one document at most (1 + 2 + 4 + 8 s of waits between them). */
export const MAX_ATTEMPTS = 5;

/** Where a document's orders stand (part of the planner's PlannedDocument). Times are epoch ms. */
export interface OrderProgress {
  /**
   * Whether this document is done with: the order was placed, the document already reads (a
   * second order into it is refused by the page's guard), or the privacy rules declined it.
   */
  injected: boolean;
  /** Whether an order is on its way (sent, no outcome heard yet): not ordered twice at once. */
  ordered?: boolean;
  /** Orders refused so far (the URL not committed, the tab busy or gone, a restricted page). */
  attempts?: number;
  /** Not ordered again before this (epoch ms): a refused order waits, never a tight loop. */
  retryAt?: number | null;
}

/**
 * Records `outcome`, heard at `now`, of the order on its way into `doc` (mutated). Any outcome but
 * `refused` ends the document's orders; a refusal sets when the next one may be made, until
 * MAX_ATTEMPTS. An outcome with no order on its way (already heard) changes nothing.
 */
export function hearOutcome(doc: OrderProgress, outcome: InjectionOutcome, now: number): void {
  if (!doc.ordered) return;
  doc.ordered = false;
  if (outcome !== 'refused') {
    doc.injected = true;
    return;
  }
  doc.attempts = (doc.attempts ?? 0) + 1;
  doc.injected = doc.attempts >= MAX_ATTEMPTS;
  doc.retryAt = now + RETRY_MS * 2 ** (doc.attempts - 1);
}

/**
 * The state of a worker started again (storage.session kept it; not mutated): an order that was
 * on its way when the old worker stopped has no outcome coming, so it is made again on the next
 * event (a document that did get it refuses the second one: `reading`, so it reads exactly once).
 */
export function afterWorkerStart<T extends { documents: Record<string, OrderProgress> }>(
  state: T,
): T {
  const next = structuredClone(state);
  for (const doc of Object.values(next.documents)) doc.ordered = false;
  return next;
}
