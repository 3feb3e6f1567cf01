import type { Alarms, Browser, Idle, Runtime, Storage, Tabs } from 'webextension-polyfill';
import {
  isContentMessageType,
  parseRequest,
  type ContentContract,
  type ParsedRequest,
  type Reply,
  type ResponseOf,
  type UiContract,
} from '../messaging/contract';
import { loadSettings, SETTINGS_KEY, parseSettings, type Settings } from '../settings/settings';
import { recordPage } from '../store/activities-store';
import { openTimelineDb, type Db } from '../store/db';
import { HEARTBEAT_INTERVAL_MS } from '../tracking/engagement';
import type { TrackerEvent, WindowFocusReport } from '../tracking/engagement-types';
import { handleUiRequest } from './ui-handlers';
import { createSyncRunner, SYNC_ALARM, type SyncRunner } from './sync-runner';
import { TrackerRuntime } from './tracker-runtime';
import { applyRetention, RETENTION_ALARM } from './retention';
import { isExcludedUrl } from '../settings/excluded-sites';
import { signedOutTokenSource, type TokenSource } from '../auth/token-source';
import { pauseExpired } from '../settings/pause';
import { isCredentialOnlyUrl } from '../activity/never-record';
import { updateSettings } from '../settings/settings';
import { createDeletionRunner, DELETION_ALARM, type DeletionRunner } from './deletion-runner';
import { isQuotaError, STORAGE_PROBLEM_KEY, storageProblemOf } from './storage-problem';
import type { AuthService } from '../auth/grant';

const TICK_ALARM = 'tracker-tick';
/** Ends a timed pause (settings.pausedUntil); see src/settings/pause.ts. */
const PAUSE_ALARM = 'pause-end';
/** Present in storage.session for the life of the browser: absent means the browser (re)started. */
const SESSION_MARK = 'browser-session-started';

export interface BackgroundContext {
  db: Db;
  tracker: TrackerRuntime;
  sync: SyncRunner;
  settings: () => Settings;
  storage: Storage.StorageArea;
  /** storage.session: what must not outlive the browser session (a storage problem). */
  session: Storage.StorageArea;
  /** Deletions with an undo window. */
  deletions: DeletionRunner;
  /** Sign-in (account, complete, sign out); absent in builds or tests without it. */
  auth?: AuthService;
}

export interface BackgroundOptions {
  /** Where sync gets access tokens (the sign-in module); signed out when absent. */
  tokens?: TokenSource;
  auth?: AuthService;
}

/**
 * The service worker's behaviour, independent of how listeners are registered. Every handler waits
 * for one `ready` promise, so the entry file can register listeners synchronously at top level
 * (required for a worker woken by an event) while set-up is still running.
 */
export function createBackgroundApp(browser: Browser, options: BackgroundOptions = {}) {
  let settings: Settings = parseSettings(undefined);
  let scheduledTick: number | null | undefined;
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  const ready: Promise<BackgroundContext> = start();

  async function start(): Promise<BackgroundContext> {
    const db = await openTimelineDb();
    settings = await loadSettings(browser.storage.local);
    browser.idle.setDetectionInterval(settings.idleThresholdSec);
    const deletions = createDeletionRunner({
      db,
      alarms: browser.alarms,
      now: () => Date.now(),
      newId: () => crypto.randomUUID(),
      afterApply: (alsoTimeline) => {
        if (alsoTimeline) void sync.run().catch(() => undefined);
      },
    });
    const sync = createSyncRunner({
      db,
      browser,
      settings: () => settings,
      tokens: options.tokens ?? signedOutTokenSource,
      holdBack: async () => {
        const effects = await deletions.effects();
        return effects && ((activity) => effects(activity.record, activity.items) !== 'none');
      },
      storageFull: async () =>
        (await browser.storage.session.get(STORAGE_PROBLEM_KEY))[STORAGE_PROBLEM_KEY] !== undefined,
    });
    const tracker = await TrackerRuntime.start({
      db,
      now: () => Date.now(),
      newId: () => crypto.randomUUID(),
      settings: () => settings,
      timezone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
      scheduleTick,
      afterCommit: (effects) => sync.poke(effects.some((e) => e.type === 'engagement-ended')),
    });
    const session = await browser.storage.session.get(SESSION_MARK);
    if (session[SESSION_MARK] !== true) {
      await tracker.dispatch({ type: 'browser-started' });
      await tracker.dispatch(await snapshot());
      await browser.storage.session.set({ [SESSION_MARK]: true });
      // Whatever waited when the browser closed goes out soon after it starts.
      await sync.poke(false);
    }
    // Once a day, whatever else wakes the worker; created once so restarts do not postpone it.
    if (!(await browser.alarms.get(RETENTION_ALARM))) {
      await browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
    }
    if (tracker.current.paused !== settings.paused) {
      await tracker.dispatch({ type: 'paused', paused: settings.paused });
    }
    // A timed pause that ran out while the browser was closed ends now; one still running keeps
    // its alarm. Deletions whose undo window passed while the worker was stopped are applied.
    await syncPauseAlarm(settings);
    await deletions.applyDue();
    await sync.updateBadge();
    return {
      db,
      tracker,
      sync,
      deletions,
      settings: () => settings,
      storage: browser.storage.local,
      session: browser.storage.session,
      ...(options.auth ? { auth: options.auth } : {}),
    };
  }

  /** One alarm at the end of a timed pause; none otherwise. An end already past resumes now. */
  async function syncPauseAlarm(current: Settings): Promise<void> {
    if (pauseExpired(current, Date.now())) {
      // storage.onChanged brings the resume back here, to the tracker and the badge.
      await updateSettings(browser.storage.local, { paused: false, pausedUntil: null });
      return;
    }
    if (current.paused && current.pausedUntil !== null) {
      await browser.alarms.create(PAUSE_ALARM, { when: current.pausedUntil });
    } else {
      await browser.alarms.clear(PAUSE_ALARM);
    }
  }

  /**
   * Runs a write that stores what was read; a refusal for lack of space is recorded (popup, icon)
   * and rethrown, never swallowed. A later successful write clears it.
   */
  async function storing<T>(context: BackgroundContext, work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      if ((await context.session.get(STORAGE_PROBLEM_KEY))[STORAGE_PROBLEM_KEY] !== undefined) {
        await context.session.remove(STORAGE_PROBLEM_KEY);
        await context.sync.updateBadge();
      }
      return result;
    } catch (error) {
      if (isQuotaError(error)) {
        await context.session.set({ [STORAGE_PROBLEM_KEY]: storageProblemOf(error, Date.now()) });
        await context.sync.updateBadge();
      }
      throw error;
    }
  }

  async function scheduleTick(at: number | null): Promise<void> {
    if (at === scheduledTick) return;
    scheduledTick = at;
    if (at === null) await browser.alarms.clear(TICK_ALARM);
    else await browser.alarms.create(TICK_ALARM, { when: Math.max(at, Date.now() + 1000) });
  }

  async function snapshot(): Promise<TrackerEvent> {
    const [windows, activeTabs] = await Promise.all([
      browser.windows.getAll(),
      browser.tabs.query({ active: true }),
    ]);
    const focused = windows.find((w) => w.focused && !w.incognito);
    return {
      type: 'snapshot',
      focusedWindowId: focused?.id ?? null,
      activeTabs: activeTabs.flatMap((tab) =>
        tab.id !== undefined && !tab.incognito
          ? [{ windowId: tab.windowId ?? -1, tabId: tab.id }]
          : [],
      ),
      idle: await browser.idle.queryState(settings.idleThresholdSec),
    };
  }

  /** Whether the browser says the window has focus right now (undefined once it is closed). */
  async function windowFocus(windowId: number): Promise<WindowFocusReport | undefined> {
    const window = await browser.windows.get(windowId).catch(() => undefined);
    return window ? { windowId, focused: window.focused } : undefined;
  }

  async function track(event: TrackerEvent): Promise<void> {
    const context = await ready;
    await storing(context, () => context.tracker.dispatch(event));
  }

  function senderKind(sender: Runtime.MessageSender): 'ui' | 'content' | null {
    if (sender.id !== browser.runtime.id) return null;
    const url = sender.url ?? '';
    if (url.startsWith(`${extensionOrigin}/`)) return 'ui';
    const tab = sender.tab;
    if (tab?.id !== undefined && !tab.incognito && sender.frameId === 0 && /^https?:/i.test(url)) {
      return 'content';
    }
    return null;
  }

  async function handleContent(
    request: Extract<ParsedRequest, { type: keyof ContentContract }>,
    tab: Tabs.Tab & { id: number },
    /** The sending page's own address (sender.url; tab.url needs the tabs permission). */
    pageUrl: string,
  ): Promise<ResponseOf<keyof ContentContract>> {
    const context = await ready;
    const windowId = tab.windowId ?? -1;
    switch (request.type) {
      case 'page-loaded': {
        const excluded =
          isExcludedUrl(pageUrl, context.settings().excludedSites) ||
          isExcludedUrl(request.payload.metadata.url, context.settings().excludedSites);
        // A URL that is nothing but a credential (an OAuth callback, a magic link) is never kept,
        // not even stripped: see src/activity/never-record.ts.
        if (context.settings().paused || excluded || isCredentialOnlyUrl(pageUrl)) {
          return { tracked: false, heartbeatMs: HEARTBEAT_INTERVAL_MS, idleThresholdSec: 0 };
        }
        const { metadata, visible } = request.payload;
        await storing(context, () => recordPage(context.db, metadata, Date.now()));
        await context.tracker.dispatch({
          type: 'page-loaded',
          tabId: tab.id,
          windowId,
          visible,
          tabActive: tab.active,
          page: { appActivityId: metadata.appActivityId, url: metadata.url },
          focus: await windowFocus(windowId),
        });
        return {
          tracked: true,
          heartbeatMs: HEARTBEAT_INTERVAL_MS,
          idleThresholdSec: context.settings().idleThresholdSec,
        };
      }
      case 'page-signal': {
        // Input in the page after idle: chrome.idle only notices on its next poll (up to a second
        // later), so ask it now; the reader is back from this moment.
        if (
          context.tracker.current.idle === 'idle' &&
          (await browser.idle.queryState(context.settings().idleThresholdSec)) === 'active'
        ) {
          await context.tracker.dispatch({ type: 'idle-state', state: 'active' });
        }
        // The page signals on blur and focus too, and Chrome may never report a switch to another
        // application as a window focus change: say what the browser knows about the window.
        await context.tracker.dispatch({
          type: 'page-signal',
          tabId: tab.id,
          ...request.payload,
          focus: await windowFocus(windowId),
        });
        return null;
      }
      case 'page-left':
        await context.tracker.dispatch({ type: 'page-left', tabId: tab.id });
        return null;
    }
  }

  async function reply<T>(work: () => Promise<T>): Promise<Reply<T>> {
    try {
      return { ok: true, value: await work() };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'internal', message } };
    }
  }

  return {
    ready,

    /** runtime.onMessage: answers our own validated messages, ignores everything else. */
    onMessage(raw: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined {
      const kind = senderKind(sender);
      const request = kind ? parseRequest(raw) : null;
      if (!kind || !request) return undefined;
      if (isContentMessageType(request.type)) {
        const tab = sender.tab;
        if (kind !== 'content' || tab?.id === undefined) return undefined;
        return reply(() =>
          handleContent(
            request as Extract<ParsedRequest, { type: keyof ContentContract }>,
            tab as Tabs.Tab & { id: number },
            sender.url ?? '',
          ),
        );
      }
      // A page can never reach UI requests (list, delete, settings), whatever it sends.
      if (kind !== 'ui') return undefined;
      return reply(async () =>
        handleUiRequest(await ready, request as Extract<ParsedRequest, { type: keyof UiContract }>),
      );
    },

    onTabActivated({ tabId, windowId }: Tabs.OnActivatedActiveInfoType): Promise<void> {
      return track({ type: 'tab-activated', tabId, windowId });
    },

    onTabRemoved(tabId: number): Promise<void> {
      return track({ type: 'tab-removed', tabId });
    },

    onTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType): Promise<void> {
      if (change.audible === undefined) return Promise.resolve();
      return track({ type: 'tab-audible', tabId, audible: change.audible });
    },

    async onWindowFocusChanged(windowId: number): Promise<void> {
      if (windowId !== browser.windows.WINDOW_ID_NONE) {
        return track({ type: 'window-focused', windowId });
      }
      // Chrome also reports WINDOW_ID_NONE when focus moves inside a window (a new window's page
      // taking focus), and then says nothing more: believe it only if no window has focus.
      const windows = await browser.windows.getAll().catch(() => []);
      const focused = windows.find((w) => w.focused && !w.incognito);
      return track({ type: 'window-focused', windowId: focused?.id ?? null });
    },

    onWindowRemoved(windowId: number): Promise<void> {
      return track({ type: 'window-removed', windowId });
    },

    onIdleStateChanged(state: Idle.IdleState): Promise<void> {
      return track({ type: 'idle-state', state });
    },

    async onAlarm(alarm: Alarms.Alarm): Promise<void> {
      if (alarm.name === DELETION_ALARM) {
        await (await ready).deletions.applyDue();
        return;
      }
      if (alarm.name === PAUSE_ALARM) {
        await ready;
        await syncPauseAlarm(settings);
        return;
      }
      if (alarm.name === RETENTION_ALARM) {
        const { db } = await ready;
        await applyRetention(db, settings, Date.now());
        return;
      }
      if (alarm.name === SYNC_ALARM) {
        await (await ready).sync.run();
        return;
      }
      if (alarm.name !== TICK_ALARM) return;
      scheduledTick = undefined;
      await track({ type: 'tick' });
    },

    /** The browser is back online: whatever waited for the network can go. */
    async onOnline(): Promise<void> {
      await (await ready).sync.run();
    },

    async onStorageChanged(
      changes: Record<string, Storage.StorageChange>,
      area: string,
    ): Promise<void> {
      if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
      const { tracker, sync, db } = await ready;
      const next = parseSettings(changes[SETTINGS_KEY].newValue);
      const previous = settings;
      settings = next;
      if (next.idleThresholdSec !== previous.idleThresholdSec) {
        browser.idle.setDetectionInterval(next.idleThresholdSec);
      }
      if (next.paused !== tracker.current.paused) {
        await tracker.dispatch({ type: 'paused', paused: next.paused });
      }
      if (next.paused !== previous.paused || next.pausedUntil !== previous.pausedUntil) {
        await syncPauseAlarm(next);
        await sync.updateBadge();
      }
      // A shorter retention applies on save (the options page asked first, with the count).
      if (
        next.retentionDays !== 0 &&
        (previous.retentionDays === 0 || next.retentionDays < previous.retentionDays)
      ) {
        await applyRetention(db, next, Date.now());
      }
    },
  };
}

export type BackgroundApp = ReturnType<typeof createBackgroundApp>;
