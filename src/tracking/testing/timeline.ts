// A scripted timeline for the engagement tracker's tests (times in seconds): drives the pure
// reducer and collects what it would store. Test support only: nothing in the product imports it.
import { reduceTracker, initialTrackerState } from '../engagement';
import {
  DEFAULT_TRACKER_SETTINGS,
  type Engagement,
  type TrackerEffect,
  type TrackerEvent,
  type TrackerSettings,
  type TrackerState,
} from '../engagement-types';

export const A = { appActivityId: 'https://a.test/', url: 'https://a.test/' };
export const B = { appActivityId: 'https://b.test/', url: 'https://b.test/' };
export const C = { appActivityId: 'https://c.test/', url: 'https://c.test/' };

/** Drives the reducer along a scripted timeline (times in seconds) and collects its effects. */
export function timeline(settings: TrackerSettings = DEFAULT_TRACKER_SETTINGS) {
  let state: TrackerState = initialTrackerState(0);
  let ids = 0;
  const effects: TrackerEffect[] = [];
  const api = {
    at(seconds: number, ...events: TrackerEvent[]) {
      for (const event of events) {
        const result = reduceTracker(state, event, {
          now: seconds * 1000,
          settings,
          newId: () => `g${String(++ids)}`,
        });
        state = result.state;
        effects.push(...result.effects);
      }
      return api;
    },
    /** The worker is killed and started again: it goes on from the plain JSON it stored. */
    restart() {
      state = JSON.parse(JSON.stringify(state)) as TrackerState;
      return api;
    },
    /** Heartbeats from a visible page every 10 s in [from, to). */
    reading(tabId: number, from: number, to: number) {
      for (let t = from; t < to; t += 10) api.at(t, signal(tabId));
      return api;
    },
    get state() {
      return state;
    },
    effects,
    /** Latest stored version of every kept engagement, as the store would hold them. */
    stored(): Engagement[] {
      const byId = new Map<string, Engagement>();
      for (const effect of effects) {
        if (effect.type === 'save-engagement') byId.set(effect.engagement.id, effect.engagement);
        if (effect.type === 'drop-engagement') byId.delete(effect.engagement.id);
        if (effect.type === 'engagement-ended' && effect.kept) {
          byId.set(effect.engagement.id, effect.engagement);
        }
      }
      return [...byId.values()];
    },
    secondsFor(page: { appActivityId: string }): number[] {
      return api
        .stored()
        .filter((e) => e.appActivityId === page.appActivityId)
        .map((e) => e.activeMs / 1000);
    },
  };
  return api;
}

export const focus = (windowId: number | null): TrackerEvent => ({
  type: 'window-focused',
  windowId,
});
export const activate = (tabId: number, windowId = 1): TrackerEvent => ({
  type: 'tab-activated',
  tabId,
  windowId,
});
export const load = (tabId: number, page: typeof A, windowId = 1): TrackerEvent => ({
  type: 'page-loaded',
  tabId,
  windowId,
  page,
  visible: true,
});
export const signal = (tabId: number, visible = true, mediaPlaying = false): TrackerEvent => ({
  type: 'page-signal',
  tabId,
  visible,
  mediaPlaying,
});

/** Window 1 focused, tab 1 showing A and tab 2 showing B (B loaded in the background). */
export function twoTabs() {
  return timeline()
    .at(0, focus(1), load(2, B), activate(1), load(1, A))
    .at(0, { type: 'page-signal', tabId: 2, visible: false, mediaPlaying: false });
}
