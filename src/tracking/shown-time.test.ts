import { describe, expect, it } from 'vitest';
import type { TrackerEvent } from './engagement-types';
import {
  MAX_SHOWN_FLOORS,
  parseShownFloors,
  rememberShown,
  shownItemMs,
  type ShownFloors,
  type ShownItem,
} from './shown-time';
import { A, activate, focus, load, timeline } from './testing/timeline';

// Issue #13 item 7: what the popup and the history page show for a page never decreases.
type Timeline = ReturnType<typeof timeline>;

const hidden = (tabId: number, hiddenAt: number): TrackerEvent => ({
  type: 'page-signal',
  tabId,
  visible: false,
  mediaPlaying: false,
  hiddenAt: hiddenAt * 1000,
});
const frameMedia: TrackerEvent = { type: 'frame-signal', tabId: 1, frameId: 1, mediaPlaying: true };

/** A read 7 s, then a player in a subframe watched without input (hidden-late.test.ts). */
function watching(): Timeline {
  return timeline()
    .at(0, focus(1), activate(1), load(1, A))
    .at(7, frameMedia)
    .at(22, { type: 'idle-state', state: 'idle' }, frameMedia)
    .at(37, frameMedia);
}

/**
 * Lists as the worker does (background/shown-floors.ts): the store's copy of A's engagement as the
 * timeline's effects left it, the tracker's banked time for it while it is under way, the floors
 * kept between looks. Returns the seconds each look showed.
 */
function lists(t: Timeline) {
  let floors: ShownFloors = {};
  const shown: number[] = [];
  return {
    shown,
    look: () => {
      const [stored] = t.stored().filter((e) => e.appActivityId === A.appActivityId);
      if (!stored) throw new Error('nothing stored for A');
      const item: ShownItem = stored;
      const live = t.state.engagements[A.appActivityId];
      const ms = shownItemMs(floors, item, live?.id === item.id ? live.activeMs : null);
      if (live?.id === item.id) floors = rememberShown(floors, item, ms);
      shown.push(ms / 1000);
    },
  };
}

describe('the time a list shows for an engagement', () => {
  it('never shows less after a late hidden signal takes time back, nor once the engagement ends', () => {
    // The tab switch is heard at 46.9 s and banks A to there; the popup is opened; the page's
    // word that it went hidden at 46 s comes at 46.95 s and takes 0.9 s back; the popup is opened
    // again, and after A's engagement is over.
    const t = watching().at(46.9, frameMedia, activate(2));
    const { shown, look } = lists(t);
    look();
    t.at(46.95, hidden(1, 46));
    look();
    expect(t.secondsFor(A)).toEqual([46]);
    t.at(46.95 + 11 * 60, { type: 'tick' });
    expect(t.state.engagements[A.appActivityId]).toBeUndefined();
    look();
    expect(shown).toEqual([46.9, 46.9, 46.9]);
  });

  it('follows the banked time up once reading goes on', () => {
    const t = watching().at(46.9, frameMedia, activate(2));
    const { shown, look } = lists(t);
    look();
    t.at(46.95, hidden(1, 46));
    // Back on tab 1 at 50 s, read to 60 s: A holds 56 s.
    t.at(50, activate(1), { type: 'page-signal', tabId: 1, visible: true, mediaPlaying: false });
    t.at(60, frameMedia);
    look();
    expect(shown).toEqual([46.9, 56]);
  });

  it('shows the tracker its banked time when the store holds less', () => {
    const item: ShownItem = { id: 'g1', appActivityId: A.appActivityId, activeMs: 20_000 };
    expect(shownItemMs({}, item, 26_000)).toBe(26_000);
    expect(shownItemMs({}, item, null)).toBe(20_000);
    const floors = rememberShown({}, item, 27_000);
    expect(shownItemMs(floors, item, 26_000)).toBe(27_000);
    // Another engagement of the page keeps its own figure.
    expect(shownItemMs(floors, { ...item, id: 'g2' }, null)).toBe(20_000);
  });

  it('keeps the higher figure, the newest MAX_SHOWN_FLOORS, and drops what is not a floor', () => {
    const item = (i: number): ShownItem => ({
      id: `g${String(i)}`,
      appActivityId: 'p',
      activeMs: 0,
    });
    let floors: ShownFloors = {};
    for (let i = 0; i <= MAX_SHOWN_FLOORS; i++) floors = rememberShown(floors, item(i), 1_000);
    expect(Object.keys(floors)).toHaveLength(MAX_SHOWN_FLOORS);
    expect(floors.g0).toBeUndefined();
    expect(rememberShown(floors, item(5), 500)).toBe(floors);
    expect(rememberShown(floors, item(5), 1_500).g5?.shownMs).toBe(1_500);
    expect(
      parseShownFloors({
        g1: { appActivityId: 'p', shownMs: 5 },
        g2: { appActivityId: 'p', shownMs: 'x' },
        g3: null,
        g4: { shownMs: 5 },
      }),
    ).toEqual({ g1: { appActivityId: 'p', shownMs: 5 } });
    expect(parseShownFloors('junk')).toEqual({});
  });
});
