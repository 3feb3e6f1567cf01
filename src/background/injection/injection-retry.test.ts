import { describe, expect, it } from 'vitest';
import { afterWorkerStart, MAX_ATTEMPTS, RETRY_MS, type InjectionOutcome } from './injection-retry';
import type { InjectionState } from './injection-types';
import { ARTICLE, OTHER, reading, result, worker } from './testing/plan-timeline';

describe("the planner's orders and their outcomes", () => {
  it('makes a refused order again after RETRY_MS, doubling, at most MAX_ATTEMPTS times', () => {
    const w = reading().wake(4);
    for (let i = 0; i < MAX_ATTEMPTS + 2; i += 1) {
      const last = w.orders.at(-1);
      if (last) w.at(last.at, result(last.document, 'refused')).wake(1_000);
    }
    expect(w.orders.map((o) => o.at)).toEqual(
      Array.from({ length: MAX_ATTEMPTS }, (_, i) => 4 + ((2 ** i - 1) * RETRY_MS) / 1000),
    );
  });

  it.each<[InjectionOutcome]>([['placed'], ['reading'], ['declined']])(
    'orders a document once when the outcome is %s',
    (outcome) => {
      const w = reading().wake(4).at(4, result(1, outcome)).wake(60).at(60, { type: 'tick' });
      expect(w.orders).toHaveLength(1);
    },
  );

  it('hears an outcome only for the document it was for', () => {
    const w = reading()
      .wake(4)
      .at(4.5, { type: 'navigated', tabId: 7, url: OTHER, eligible: true })
      .wake(9)
      // The first document's outcome comes late, after the second's order: it is not the second's.
      .at(8.6, result(1, 'placed'))
      .at(8.7, result(2, 'refused'))
      .wake(60);
    expect(w.orders.map((o) => [o.at, o.document, o.url])).toEqual([
      [4, 1, ARTICLE],
      [8.5, 2, OTHER],
      [9.7, 2, OTHER],
    ]);
  });

  it('makes an order again when the worker stopped before its outcome was heard', () => {
    const kept = JSON.parse(JSON.stringify(reading().wake(4).state)) as InjectionState;
    expect(worker(kept).at(4.2, { type: 'tick' }).orders).toEqual([]);
    expect(worker(afterWorkerStart(kept)).at(4.2, { type: 'tick' }).orders).toMatchObject([
      { document: 1, attendedSince: 0 },
    ]);
  });
});
