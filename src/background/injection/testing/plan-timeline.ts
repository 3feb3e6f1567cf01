// A worker's timeline for the injection planner's tests: events at times in seconds, the state
// kept between them as the glue keeps it (injection-plan.ts, injection-retry.ts).
import { emptyInjectionState, planInjection } from '../injection-plan';
import type { InjectionOutcome } from '../injection-retry';
import type { InjectionEvent, InjectionOrder, InjectionState } from '../injection-types';

export const ARTICLE = 'https://news.test/story';
export const OTHER = 'https://other.test/page';

/** Drives the planner along a timeline in seconds, as a worker would (state kept between events). */
export function worker(initial: InjectionState = emptyInjectionState()) {
  let state = initial;
  const orders: (InjectionOrder & { at: number })[] = [];
  let wakeAt: number | null = null;
  const api = {
    at(seconds: number, ...events: InjectionEvent[]) {
      for (const event of events) {
        const plan = planInjection(state, event, seconds * 1000);
        state = plan.state;
        wakeAt = plan.wakeAt;
        orders.push(...plan.orders.map((order) => ({ ...order, at: seconds })));
      }
      return api;
    },
    /** The worker's timer fires when the plan asked (if it did before `until`). */
    wake(until: number) {
      if (wakeAt !== null && wakeAt <= until * 1000) api.at(wakeAt / 1000, { type: 'tick' });
      return api;
    },
    get state() {
      return state;
    },
    orders,
    wakeAt: () => wakeAt,
  };
  return api;
}

/** A focused window 1 whose active tab 7 has just loaded `url`. */
export function reading(url = ARTICLE, eligible = true) {
  return worker().at(
    0,
    { type: 'window-focused', windowId: 1 },
    { type: 'tab-activated', windowId: 1, tabId: 7 },
    { type: 'navigated', tabId: 7, url, eligible },
  );
}

/** The glue's report of what became of tab 7's order into `document`. */
export function result(document: number, outcome: InjectionOutcome): InjectionEvent {
  return { type: 'injection-result', tabId: 7, document, outcome };
}
