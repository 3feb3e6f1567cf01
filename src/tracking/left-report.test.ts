import { describe, expect, it } from 'vitest';
import type { TrackerEvent } from './engagement-types';
import { A, B, activate, focus, load, timeline } from './testing/timeline';

// Issue #13, session 12: on a busy machine a page's first report (read 4 s in, in idle time, with
// its snapshot read by the worker) can come after the reader left it for another tab. The page
// says how long it was read and how long ago that ended (leftMs); that span is its own.
const left = (attendedMs: number, leftMs: number, page = A, windowId = 1): TrackerEvent =>
  ({ ...load(1, page, windowId), visible: false, attendedMs, leftMs }) as TrackerEvent;

describe('engagement tracker with a page that reports after it was left', () => {
  // Firefox e2e "two pages read in turn": tides read 6.3 s, reported 0.6 s after the switch to a
  // data: page (which is never tracked): it was missing from the popup.
  it('keeps the span a page was read before the tab was switched away', () => {
    const t = timeline()
      .at(0, focus(1), activate(1))
      .at(6.3, activate(2))
      .at(6.9, left(6_300, 600));
    expect(t.stored().map((e) => [e.startedAt / 1000, e.activeMs / 1000])).toEqual([[0, 6.3]]);
    // Nothing goes on counting for it: it is not being read.
    t.at(60, { type: 'tick' });
    expect(t.secondsFor(A)).toEqual([6.3]);
  });

  // A page left (a link followed, the tab closed) while the worker read it reports as it leaves,
  // then says it left; the worker may take the two in either order (content-handlers.ts awaits
  // more before dispatching page-loaded than page-left).
  it.each([
    ['report then page-left', false],
    ['page-left then report', true],
  ])('keeps a page reported as it was left, %s, and counts nothing after', (_, leftFirst) => {
    const leave: TrackerEvent = { type: 'page-left', tabId: 1 };
    const report = left(8_000, 0);
    const t = timeline()
      .at(0, focus(1), activate(1))
      .at(8, ...(leftFirst ? [leave, report] : [report, leave]))
      .at(20, { type: 'tick' })
      .at(20, focus(null));
    expect(t.secondsFor(A)).toEqual([8]);
  });

  it('leaves the time of the tab read since as it was', () => {
    const t = timeline()
      .at(0, focus(1), activate(1))
      .at(6, activate(2), load(2, B))
      .at(7, left(6_000, 1_000))
      .at(20, { type: 'page-signal', tabId: 2, visible: true, mediaPlaying: false })
      .at(26, focus(null));
    expect(t.secondsFor(A)).toEqual([6]);
    expect(t.secondsFor(B)).toEqual([20]);
  });

  it('keeps nothing of a span under the minimum, nor one that ended past the silence limit', () => {
    const short = timeline().at(0, focus(1), activate(1)).at(4.5, activate(2));
    short.at(5, left(4_500, 500));
    expect(short.stored()).toEqual([]);
    const stale = timeline().at(0, focus(1), activate(1)).at(10, activate(2));
    stale.at(45, left(10_000, 35_000));
    expect(stale.stored()).toEqual([]);
  });

  it('never counts the span before an absence the tracker saw end', () => {
    const t = timeline()
      .at(0, focus(1), activate(1))
      .at(1, { type: 'idle-state', state: 'idle' })
      .at(3, { type: 'idle-state', state: 'active' })
      .at(12, activate(2))
      .at(13, left(12_000, 1_000));
    expect(t.stored().map((e) => [e.startedAt / 1000, e.activeMs / 1000])).toEqual([[3, 9]]);
  });

  it('adds nothing twice when the page reports again, still away (a title that settled late)', () => {
    const t = timeline()
      .at(0, focus(1), activate(1))
      .at(8, activate(2))
      .at(9, left(8_000, 1_000))
      .at(12, left(8_000, 4_000));
    expect(t.secondsFor(A)).toEqual([8]);
  });

  // Review F-track-1: the late span must not be seconds the tracker already gave another page.
  it('gives a route read before the switch its own seconds, not the previous route its too', () => {
    // Route A read 0-20 s, route B 20-26 s, then another tab: the switch banked the tab to 26 s
    // for A (the tracker had not heard of B yet).
    const t = timeline()
      .at(0, focus(1), activate(1), load(1, A))
      .reading(1, 0, 20)
      .at(26, activate(2))
      .at(27, left(6_000, 1_000, B))
      .at(90, { type: 'tick' });
    expect(t.secondsFor(A)).toEqual([20]);
    expect(t.secondsFor(B)).toEqual([6]);
  });

  it('gives nothing twice when another window kept counting (its focus move never told)', () => {
    // Tab 2 (window 1) holds the interval from 0 s; tab 1 in window 2 says it was read 10-18 s.
    const told = timeline()
      .at(0, focus(1), activate(2), load(2, B))
      .at(18, { type: 'page-signal', tabId: 2, visible: true, mediaPlaying: false })
      .at(19, left(8_000, 1_000, A, 2))
      .at(20, focus(null));
    expect([told.secondsFor(A), told.secondsFor(B)]).toEqual([[], [20]]);
    // The same with the interval not banked since it opened.
    const quiet = timeline()
      .at(0, focus(1), activate(2), load(2, B))
      .at(19, left(8_000, 1_000, A, 2))
      .at(20, focus(null));
    expect([quiet.secondsFor(A), quiet.secondsFor(B)]).toEqual([[], [20]]);
  });

  // Tracking scenario (a) on a busy machine: B's report comes after the return to A. Taking
  // every other engagement to cover [startedAt, lastActiveAt] (3ec6543) gave B nothing here.
  it('keeps the span of a page left for one read before it and still counting', () => {
    const t = timeline()
      .at(0, focus(1), activate(1), load(1, B))
      .reading(1, 0, 20)
      .at(20, activate(2))
      .at(30, activate(1))
      .at(31, { ...left(10_000, 1_000, A), tabId: 2 } as TrackerEvent)
      .reading(1, 31, 40)
      .at(40, focus(null));
    expect([t.secondsFor(B), t.secondsFor(A)]).toEqual([[30], [10]]);
  });

  it('keeps the part of the span before another tab began counting', () => {
    // Tab 1 says it was read 0-12 s; the tracker counted tab 2 from 8 s: tab 1 keeps 0-8 s.
    const t = timeline()
      .at(0, focus(1), activate(1))
      .at(8, activate(2), load(2, B))
      .at(13, left(12_000, 1_000))
      .at(20, focus(null));
    expect([t.secondsFor(A), t.secondsFor(B)]).toEqual([[8], [12]]);
  });
});

// Review F-track-1: the closed span never takes seconds another page's engagement holds.
describe('a page that reports after it was left, beside time counted for another page', () => {
  it('gives an in-page route nothing the previous route of its tab already holds', () => {
    const t = timeline()
      .at(0, focus(1), activate(1), load(1, B))
      .reading(1, 0, 20)
      .at(26, activate(2))
      .at(27, { ...left(6_000, 1_000), page: A } as TrackerEvent);
    const total = t.stored().reduce((sum, e) => sum + e.activeMs / 1000, 0);
    expect(total).toBeLessThanOrEqual(26);
  });

  it("gives nothing another window's open interval counts", () => {
    const t = timeline()
      .at(0, focus(2), activate(2, 2), load(2, B, 2), activate(1))
      .reading(2, 0, 9)
      .at(9, left(8_000, 1_000))
      .reading(2, 9, 20)
      .at(20, focus(null));
    const total = t.stored().reduce((sum, e) => sum + e.activeMs / 1000, 0);
    expect(total).toBeLessThanOrEqual(20);
  });

  it('still keeps its span when the tab read next began only as it was left', () => {
    const t = timeline()
      .at(0, focus(1), activate(1))
      .at(6, activate(2), load(2, B))
      .at(7, left(6_000, 1_000))
      .at(20, { type: 'page-signal', tabId: 2, visible: true, mediaPlaying: false });
    expect(t.secondsFor(A)).toEqual([6]);
  });
});
