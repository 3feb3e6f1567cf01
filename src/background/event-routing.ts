import type { Alarms, Idle, Storage, Tabs } from 'webextension-polyfill';
import { changedSettings, type Settings, type SettingsStorage } from '../settings/settings';
import type { OpenInterval, TrackerEvent, TrackerState } from '../tracking/engagement-types';
import { dropStoredQuotes } from '../store/reading-store';
import { noteClosedTab } from '../store/tracker-store';
import type { BackgroundContext } from './context';
import { RELAY_ALARM } from '../organisation/relay-runner';
import { DELETION_ALARM } from './deletion-runner';
import { leaveExcludedPages } from './excluded-tabs';
import { PAUSE_ALARM } from './pause-alarm';
import { storing } from './storage-guard';
import { applyRetention, RETENTION_ALARM } from './retention';
import type { SettingsCell } from './start-up';
import { loadSyncStatus } from '../sync/outbox-store';
import { retryParked } from '../sync/parked-writes';
import { SYNC_ALARM } from '../sync/sync-runner';
import { TICK_ALARM, type TickAlarm } from './tick-alarm';

/**
 * What the browser-event router is given: the started context, the settings, the tick alarm,
 * chrome.idle's interval and the focused window, the pause alarm, and the clock (epoch ms).
 */
export interface EventRouterDeps {
  ready: Promise<BackgroundContext>;
  settings: SettingsCell;
  tickAlarm: TickAlarm;
  /** `idle.setDetectionInterval`. */
  setIdleInterval: (seconds: number) => void;
  /** Which normal window has focus now, if any (browser-state.ts). */
  focusedWindowId: () => Promise<number | null>;
  /** `windows.WINDOW_ID_NONE`. */
  noWindowId: number;
  /** Sets or clears the timed-pause alarm for these settings (pause-alarm.ts). */
  syncPauseAlarm: (settings: Settings, storage: SettingsStorage) => Promise<void>;
  now?: () => number;
}

/**
 * Turns browser events into tracker events and sync passes. Each returns a promise the entry file
 * deliberately does not await (`void`), after start-up is done.
 */
export function createEventRouter(deps: EventRouterDeps) {
  const { ready, settings, tickAlarm, now = Date.now } = deps;
  /** Focus events seen so far, to drop a WINDOW_ID_NONE answer overtaken by a later event. */
  let focusEvents = 0;

  /**
   * Browser events carry no time: the event happened when the listener ran (`receivedAt`), not
   * once start-up (a worker the event itself woke) or the queue of earlier events let it through.
   */
  async function track(event: TrackerEvent, receivedAt = now()): Promise<void> {
    const context = await ready;
    await storing(context, () => context.tracker.dispatch(event, { receivedAt }));
  }

  /**
   * A tab or window closed at `receivedAt`: if it held the interval being counted, note it at once
   * (tracker-store.ts, `noteClosedTab`), apart from the transition queued after it. At a quit the
   * browser ends the worker tens of milliseconds after the tabs close, often before that
   * transition is committed; this note is one small write, started first.
   */
  async function noteClosing(
    held: (interval: OpenInterval, state: TrackerState) => boolean,
    receivedAt: number,
  ): Promise<void> {
    const { tracker, db } = await ready;
    const state = tracker.current;
    if (!state.interval || !held(state.interval, state)) return;
    await noteClosedTab(db, { tabId: state.interval.tabId, at: receivedAt }).catch(() => undefined);
  }

  return {
    onTabActivated: ({ tabId, windowId }: Tabs.OnActivatedActiveInfoType) =>
      track({ type: 'tab-activated', tabId, windowId }),

    onTabRemoved(tabId: number): Promise<void> {
      const receivedAt = now();
      void noteClosing((interval) => interval.tabId === tabId, receivedAt);
      return track({ type: 'tab-removed', tabId }, receivedAt);
    },

    /**
     * Sound and mute: `audible` stays true in a muted tab (the tab makes sound nobody hears), so
     * the mute (`mutedInfo`, tab strip or its menu, Chromium and Firefox) is told apart.
     */
    async onTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType): Promise<void> {
      const receivedAt = now();
      const { audible, mutedInfo } = change;
      if (mutedInfo !== undefined) {
        await track({ type: 'tab-muted', tabId, muted: mutedInfo.muted }, receivedAt);
      }
      if (audible !== undefined) await track({ type: 'tab-audible', tabId, audible }, receivedAt);
    },

    async onWindowFocusChanged(windowId: number): Promise<void> {
      const receivedAt = now();
      const seen = ++focusEvents;
      if (windowId !== deps.noWindowId) return track({ type: 'window-focused', windowId });
      // Chrome also reports WINDOW_ID_NONE when focus moves inside a window (a new window's page
      // taking focus), and then says nothing more: believe it only if no window has focus.
      const focused = await deps.focusedWindowId();
      // Firefox reports WINDOW_ID_NONE and then the new window whenever focus moves between
      // windows; the answer above may have been taken in between and arrive after the new
      // window's event. A later focus event already said where focus went: this one is stale.
      if (seen !== focusEvents) return;
      return track({ type: 'window-focused', windowId: focused }, receivedAt);
    },

    onWindowRemoved(windowId: number): Promise<void> {
      const receivedAt = now();
      void noteClosing(
        (interval, state) => state.tabs[interval.tabId]?.windowId === windowId,
        receivedAt,
      );
      return track({ type: 'window-removed', windowId }, receivedAt);
    },

    onIdleStateChanged: (state: Idle.IdleState) => track({ type: 'idle-state', state }),

    async onAlarm(alarm: Alarms.Alarm): Promise<void> {
      switch (alarm.name) {
        case DELETION_ALARM:
          await (await ready).deletions.applyDue();
          return;
        case PAUSE_ALARM: {
          const { storage } = await ready;
          await deps.syncPauseAlarm(settings.current, storage);
          return;
        }
        case RETENTION_ALARM:
          await applyRetention(await ready, settings.current, now());
          return;
        case SYNC_ALARM:
          await (await ready).sync.run();
          return;
        case RELAY_ALARM:
          await (await ready).organisation.runner.run();
          return;
        case TICK_ALARM:
          tickAlarm.fired();
          await track({ type: 'tick' });
          return;
      }
    },

    /** The browser is back online: whatever waited for the network can go. */
    async onOnline(): Promise<void> {
      const { sync, organisation } = await ready;
      await Promise.all([sync.run(), organisation.runner.run()]);
    },

    async onStorageChanged(
      changes: Record<string, Storage.StorageChange>,
      area: string,
    ): Promise<void> {
      // The organisation relay's config: storage.local's `organisation`, or a policy change.
      await (await ready).organisation.onStorageChanged(Object.keys(changes), area);
      const next = changedSettings(changes, area);
      if (next === null) return;
      const context = await ready;
      const { tracker, badge, db, storage, sync } = context;
      const previous = settings.current;
      settings.current = next;
      if (next.idleThresholdSec !== previous.idleThresholdSec) {
        deps.setIdleInterval(next.idleThresholdSec);
      }
      if (next.paused !== tracker.current.paused) {
        await tracker.dispatch({ type: 'paused', paused: next.paused });
      }
      for (const left of leaveExcludedPages(tracker.current, next.excludedSites)) {
        await tracker.dispatch(left);
      }
      if (next.paused !== previous.paused || next.pausedUntil !== previous.pausedUntil) {
        await deps.syncPauseAlarm(next, storage);
        await badge.show();
      }
      // Off: the quotes already kept go too (docs/reading-position.md, the resume-position switch).
      if (previous.resumePosition && !next.resumePosition) await dropStoredQuotes(db);
      // A shorter retention applies on save (the options page asked first, with the count).
      if (
        next.retentionDays !== 0 &&
        (previous.retentionDays === 0 || next.retentionDays < previous.retentionDays)
      ) {
        await applyRetention(context, next, now());
      }
      // A refusal may come from a setting (what is published, where): try again, within the
      // automatic bound. Pausing and resuming change nothing Graph sees.
      if (publishingSettingsChanged(previous, next) && (await retryParked(db, 'settings')) > 0) {
        void sync.run();
      }
    },

    /** A new version of the extension may fix what Graph refused: parked writes go again. */
    async onInstalled(details: { reason: string }): Promise<void> {
      if (details.reason !== 'update') return;
      const { db, sync } = await ready;
      const released = await retryParked(db, 'update');
      // A refused account is asked once more by the new version (a single pass, as Sync now).
      const status = await loadSyncStatus(db);
      if (status.state === 'account-refused') void sync.run(true);
      else if (released > 0) void sync.run();
    },
  };
}

/** True when a setting other than the pause changed. */
function publishingSettingsChanged(previous: Settings, next: Settings): boolean {
  const strip = ({ paused: _p, pausedUntil: _u, ...rest }: Settings): string =>
    JSON.stringify(rest);
  return strip(previous) !== strip(next);
}

/**
 * The worker's browser-event handlers (createEventRouter), each turning one event into tracker
 * input.
 */
export type EventRouter = ReturnType<typeof createEventRouter>;
