import { describe, expect, it } from 'vitest';
import { COMMIT_WAIT_MS, INJECT_AFTER_MS, planInjection } from './injection-plan';
import type { InjectionEvent, InjectionState } from './injection-types';
import { ARTICLE, OTHER, reading, result, worker } from './testing/plan-timeline';

describe('planInjection', () => {
  it('injects once a page has held attention INJECT_AFTER_MS, carrying its exact start', () => {
    const w = reading();
    expect(w.wakeAt()).toBe(INJECT_AFTER_MS);
    w.wake(10);
    expect(w.orders).toEqual([
      {
        at: 4,
        tabId: 7,
        document: 1,
        url: ARTICLE,
        attendedSince: 0,
        earlierMs: 0,
        routeStartedAt: null,
      },
    ]);
  });

  it('does not inject into a tab left before 4 s', () => {
    const w = reading().at(3, { type: 'tab-activated', windowId: 1, tabId: 8 });
    expect(w.wakeAt()).toBeNull();
    w.wake(60);
    expect(w.orders).toEqual([]);
  });

  it('adds up attention split across switches (1.5 s + 1 s + 1.5 s)', () => {
    const w = reading()
      .at(1.5, { type: 'tab-activated', windowId: 1, tabId: 8 })
      .at(10, { type: 'tab-activated', windowId: 1, tabId: 7 })
      .at(11, { type: 'window-focused', windowId: null })
      .at(20, { type: 'window-focused', windowId: 1 });
    expect(w.orders).toEqual([]);
    expect(w.wakeAt()).toBe(21_500);
    w.wake(30);
    expect(w.orders).toMatchObject([{ at: 21.5, attendedSince: 20_000, earlierMs: 2_500 }]);
  });

  it('starts again from zero on a navigation during the wait, and orders the new document', () => {
    const w = reading().at(3, { type: 'navigated', tabId: 7, url: OTHER, eligible: true }).wake(4);
    expect(w.orders).toEqual([]);
    w.wake(10);
    expect(w.orders).toMatchObject([{ at: 7, document: 2, url: OTHER, attendedSince: 3_000 }]);
  });

  it('reads a route reached in-page from its own start, naming when it was reached', () => {
    const w = reading(`${ARTICLE}?v=alpha`)
      .at(2, { type: 'route-changed', tabId: 7, url: `${ARTICLE}?v=bravo` })
      .wake(10);
    expect(w.orders).toMatchObject([
      {
        at: 6,
        document: 1,
        url: `${ARTICLE}?v=bravo`,
        attendedSince: 2_000,
        routeStartedAt: 2_000,
      },
    ]);
  });

  it.each([
    ['a new url', { type: 'route-changed', tabId: 7, url: `${ARTICLE}?utm_source=newsletter` }],
    [
      'loading',
      { type: 'navigated', tabId: 7, url: `${ARTICLE}?utm_source=newsletter`, eligible: true },
    ],
  ] as const)(
    'keeps the span of a route whose address only gains tracking parameters (?utm_… by replaceState, heard as %s)',
    (_, event) => {
      // Chromium says the tab complete at once after such a loading.
      const w = reading().at(2, event, { type: 'loaded', tabId: 7 }).wake(10);
      // Read from its start at 4 s, under the address it has now (the order's route must be it).
      expect(w.orders).toMatchObject([
        { at: 4, url: `${ARTICLE}?utm_source=newsletter`, attendedSince: 0, routeStartedAt: null },
      ]);
    },
  );

  it('leaves routes after the injection to the reading path (one order per document)', () => {
    const w = reading()
      .wake(5)
      .at(8, { type: 'route-changed', tabId: 7, url: `${ARTICLE}/2` })
      .wake(60);
    expect(w.orders.map((o) => o.url)).toEqual([ARTICLE]);
  });

  it('never injects twice into the same document, across tab switches and ticks', () => {
    const w = reading()
      .wake(5)
      .at(6, { type: 'tab-activated', windowId: 1, tabId: 8 })
      .at(7, { type: 'tab-activated', windowId: 1, tabId: 7 }, { type: 'tick' })
      .at(30, { type: 'tick' });
    expect(w.orders).toHaveLength(1);
    expect(w.wakeAt()).toBeNull();
  });

  it('decides again from its kept state after the worker was killed mid-wait', () => {
    const before = reading().at(2, { type: 'tick' });
    // The state went through storage.session; the new worker's first event is 9 s later.
    const kept = JSON.parse(JSON.stringify(before.state)) as InjectionState;
    const after = worker(kept).at(11, { type: 'tick' });
    // Nothing was heard from 2 s to 11 s: only 2 s (+ LATE_MS) count, the span starts again at 11 s.
    expect(after.orders).toEqual([]);
    after.wake(20);
    expect(after.orders).toMatchObject([{ at: 11.5, attendedSince: 11_000, earlierMs: 3_500 }]);
  });

  it.each<[string, number, number, number]>([
    // [case, when the late timer fires (s), the order's attendedSince, its earlierMs]
    ['a freeze or sleep in the wait: only the evidenced 1.5 s count', 64, 64_000, 1_500],
    ['a timer late by a busy machine (1.5 s): the wait counts', 5.5, 0, 0],
  ])('%s', (_case, firesAt, attendedSince, earlierMs) => {
    const w = reading()
      .at(firesAt, { type: 'tick' })
      .wake(firesAt + 10);
    expect(w.orders).toMatchObject([{ attendedSince, earlierMs }]);
    const [order] = w.orders;
    // What the session starts from never spans the gap: at most the 4 s the worker could vouch for.
    expect((order?.at ?? 0) * 1000 - (order?.attendedSince ?? 0) + (order?.earlierMs ?? 0)).toBe(
      firesAt > 10 ? INJECT_AFTER_MS : firesAt * 1000,
    );
  });

  it('counts only the attention before the worker was killed when the tab was left meanwhile', () => {
    const kept = JSON.parse(
      JSON.stringify(reading().at(2, { type: 'tick' }).state),
    ) as InjectionState;
    // The event that woke the new worker is the switch away itself.
    const after = worker(kept).at(3, {
      type: 'tab-activated',
      windowId: 1,
      tabId: 8,
    });
    expect(after.orders).toEqual([]);
    expect(after.state.documents['7']).toMatchObject({ earlierMs: 3_000, attendedSince: null });
  });

  it.each<[string, InjectionEvent]>([
    ['idle', { type: 'idle-state', state: 'idle' }],
    ['locked', { type: 'idle-state', state: 'locked' }],
  ])('stops counting while the machine is %s before the injection', (_, event) => {
    const w = reading().at(2, event).wake(30).at(30, { type: 'idle-state', state: 'active' });
    expect(w.orders).toEqual([]);
    w.wake(40);
    expect(w.orders).toMatchObject([{ at: 32, attendedSince: 30_000, earlierMs: 2_000 }]);
  });

  it('keeps counting while idle when the tab plays sound (a video watched)', () => {
    const w = reading()
      .at(1, { type: 'tab-audible', tabId: 7, audible: true })
      .at(2, { type: 'idle-state', state: 'idle' })
      .wake(10);
    expect(w.orders).toMatchObject([{ at: 4 }]);
  });

  it('never injects into a page that may not be read (not http(s), never-record, sign-in)', () => {
    const w = reading('https://login.test/authorize', false).wake(60);
    expect(w.orders).toEqual([]);
    expect(w.wakeAt()).toBeNull();
  });

  it('forgets a closed tab', () => {
    const w = reading().at(1, { type: 'tab-removed', tabId: 7 }).wake(60);
    expect(w.orders).toEqual([]);
    expect(w.state.documents).toEqual({});
  });

  it('does not change the state it is given', () => {
    const state = reading().state;
    const copy = structuredClone(state);
    planInjection(state, { type: 'tick' }, 10_000);
    expect(state).toEqual(copy);
  });

  // A same-address `loading` is a subframe's or a reload's; Chromium sends it before a reloaded
  // document commits (review 9 F-frames-1): the order waits for the tab's `complete`.
  it.each<[string, number | null, number]>([
    // [case, when the tab completes (s; null: never), when the order is made (s)]
    ['completed at 2.3 s: ordered at 4 s, the span kept', 2.3, 4],
    ['completed at 5 s (a slow reload): ordered then', 5, 5],
    ['never completed: ordered COMMIT_WAIT_MS after the load', null, 2 + COMMIT_WAIT_MS / 1000],
  ])('keeps the span when the same address loads again at 2 s, %s', (_, completesAt, orderedAt) => {
    const w = reading().at(2, { type: 'navigated', tabId: 7, url: ARTICLE, eligible: true });
    if (completesAt !== null) w.wake(completesAt).at(completesAt, { type: 'loaded', tabId: 7 });
    w.wake(30);
    expect(w.orders).toMatchObject([
      { at: orderedAt, document: 2, attendedSince: 0, earlierMs: 0 },
    ]);
  });

  it('orders the document a reload brings once the tab completes, not the old one at once', () => {
    const w = reading()
      .wake(5)
      .at(5, result(1, 'placed'))
      .at(9, { type: 'navigated', tabId: 7, url: ARTICLE, eligible: true })
      .at(9.3, { type: 'tick' });
    expect(w.orders.map((o) => o.at)).toEqual([4]);
    w.at(9.4, { type: 'loaded', tabId: 7 });
    expect(w.orders).toMatchObject([
      { at: 4, document: 1 },
      { at: 9.4, document: 2, attendedSince: 0 },
    ]);
    // A subframe's load instead: the page's guard says it reads already; nothing more is ordered.
    w.at(9.4, result(2, 'reading')).at(30, { type: 'tick' });
    expect(w.orders).toHaveLength(2);
  });

  it('is not held by later loads of the same address (an ad that loads again and again)', () => {
    const w = reading();
    for (let at = 1; at < 10; at += 0.8) {
      w.at(at, { type: 'navigated', tabId: 7, url: ARTICLE, eligible: true });
    }
    expect(w.orders[0]).toMatchObject({ at: 1 + COMMIT_WAIT_MS / 1000, attendedSince: 0 });
  });

  it('gives a reload after the read its own wait, in a tab that never completes', () => {
    const w = reading()
      .at(1, { type: 'navigated', tabId: 7, url: ARTICLE, eligible: true })
      .wake(30)
      .at(30, result(2, 'placed'))
      .at(40, { type: 'navigated', tabId: 7, url: ARTICLE, eligible: true })
      .at(40.3, { type: 'tick' });
    expect(w.orders.map((o) => o.at)).toEqual([5]);
    w.wake(60);
    expect(w.orders.map((o) => [o.at, o.document])).toEqual([
      [5, 2],
      [40 + COMMIT_WAIT_MS / 1000, 3],
    ]);
  });
});
