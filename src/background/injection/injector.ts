// The worker's glue around the injection planner (injection-plan.ts): browser events in, the
// planner's state kept in storage.session (a worker killed mid-wait decides again from it on its
// next event: no keep-alive, no alarm), and the injections it orders made with
// `scripting.executeScript`. Nothing of it waits for the worker's start-up (the database).
import type { Idle, Scripting, Storage, Tabs } from 'webextension-polyfill';
import { READING_MODULE_PATH } from '../../content/reading-module-path';
import { READING_ORDER_KEY, routeOf, type ReadingOrder } from '../../messaging/reading-order';
import {
  emptyInjectionState,
  planInjection,
  type InjectionEvent,
  type InjectionOrder,
  type InjectionState,
} from './injection-plan';
import { injectFramePresence } from './frame-presence-injection';
import { isLoadedRoute, markLoadedRoute, placeOrder, routeFactsOf } from './order-placement';
import { afterWorkerStart, type InjectionOutcome } from './injection-retry';

/** Where the planner's state lives in storage.session. */
export const INJECTION_STATE_KEY = 'injection';

/**
 * What the injector is given: the browser's scripting, session storage, tabs, focus and idle,
 * whether a URL may be read, and the clock (epoch ms).
 */
export interface InjectorDeps {
  scripting: Pick<Scripting.Static, 'executeScript'>;
  session: Pick<Storage.StorageArea, 'get' | 'set'>;
  tabs: Pick<Tabs.Static, 'query'>;
  /** Which normal window has focus now, if any (browser-state.ts focusedWindowId). */
  focusedWindowId: () => Promise<number | null>;
  queryIdle: () => Promise<Idle.IdleState>;
  /**
   * Whether the page at `url` in tab `tabId` may be read now (background/may-read.ts: recording
   * not paused, not a never-record site, a credential URL or the sign-in provider; and the tab is
   * not the sign-in flow's, sign-in-tabs.ts), asked before anything is put in the page. A page
   * declined is not ordered again until it navigates.
   */
  mayRead: (url: string, tabId: number) => Promise<boolean>;
  /**
   * An order into `tabId` was refused with `error` (what `scripting.executeScript` rejected with):
   * true when the document is read from its tab instead (viewer-tab/tab-viewers.ts: a PDF in
   * Firefox's pdf.js), so it is not ordered again. Absent: every refusal is retried.
   */
  refused?: (tabId: number, order: ReadingOrder, error: unknown) => Promise<boolean>;
  now?: () => number;
}

/** A tab's frames are asked for frame presence at most this often (ms) once its page reads. */
export const FRAME_ASK_MS = 1_000;

/**
 * Whether a page can be read at all (http(s)); the privacy rules are asked at the order
 * (`mayRead`).
 */
const readable = (url: string): boolean => /^https?:/i.test(url);

/** Creates the injector; `hear` takes each browser event as the worker's listener gets it. */
export function createInjector(deps: InjectorDeps) {
  const now = deps.now ?? (() => Date.now());
  let state: Promise<InjectionState> | undefined;
  let queue: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Per tab: when its frames were last asked for frame presence, and a trailing ask due.
  const frameAsks = new Map<number, { at: number; trailing?: ReturnType<typeof setTimeout> }>();

  /**
   * Asks tab `tabId`'s frames for frame presence (each frame document gets it once), at most once
   * per FRAME_ASK_MS: an ad loading a new document every second costs one ask a second. A load
   * heard within that time is asked for when it ends, so no frame that loaded is missed.
   */
  function askFrames(tabId: number): void {
    const last = frameAsks.get(tabId);
    const wait = last === undefined ? 0 : last.at + FRAME_ASK_MS - now();
    if (wait <= 0) {
      frameAsks.set(tabId, { at: now() });
      void injectFramePresence(deps.scripting, tabId);
    } else if (last !== undefined && last.trailing === undefined) {
      last.trailing = setTimeout(() => {
        last.trailing = undefined;
        askFrames(tabId);
      }, wait);
    }
  }

  /** The kept state, or (a new browser session, a new install) what the browser shows now. */
  async function load(): Promise<InjectionState> {
    const kept = (await deps.session.get(INJECTION_STATE_KEY))[INJECTION_STATE_KEY] as
      InjectionState | undefined;
    if (kept) return afterWorkerStart(kept);
    const [focused, active, idle] = await Promise.all([
      deps.focusedWindowId(),
      deps.tabs.query({ active: true }),
      deps.queryIdle(),
    ]);
    const at = now();
    let fresh = emptyInjectionState();
    const events: InjectionEvent[] = [
      { type: 'idle-state', state: idle },
      { type: 'window-focused', windowId: focused },
      ...active.flatMap((tab): InjectionEvent[] =>
        tab.id === undefined || tab.windowId === undefined || tab.incognito
          ? []
          : [
              { type: 'tab-activated', windowId: tab.windowId, tabId: tab.id },
              {
                type: 'navigated',
                tabId: tab.id,
                url: routeOf(tab.url ?? ''),
                eligible: readable(tab.url ?? ''),
              },
            ],
      ),
    ];
    for (const event of events) fresh = planInjection(fresh, event, at).state;
    return fresh;
  }

  /** Makes `order`, and says what became of it (the planner hears it: injection-plan.ts). */
  async function inject(order: InjectionOrder): Promise<InjectionOutcome> {
    const { tabId, document: _document, ...reading } = order;
    try {
      // Asked when the order is made, not when the page loaded: a pause or a never-record site set
      // in the 4 s between counts, and no script of ours runs in such a page.
      if (!(await deps.mayRead(order.url, tabId))) return 'declined';
      const [placed] = await deps.scripting.executeScript({
        target: { tabId },
        func: placeOrder,
        args: [reading satisfies ReadingOrder, READING_ORDER_KEY],
      });
      const facts = routeFactsOf(placed?.result);
      // An address that is not the one the document loaded with: an in-page route, or a fix-up of
      // the loaded address (decided here, where the canonicaliser is).
      if (facts && isLoadedRoute(facts, order.url)) {
        await deps.scripting.executeScript({
          target: { tabId },
          func: markLoadedRoute,
          args: [READING_ORDER_KEY, order.url],
        });
      }
      const outcome = facts ? 'placed' : placed?.result;
      if (outcome === 'placed') {
        await deps.scripting.executeScript({ target: { tabId }, files: [READING_MODULE_PATH] });
      }
      if (outcome !== 'placed' && outcome !== 'reading') return 'refused';
      // Into the frames the new reading document has now (none has it yet): every frame, no
      // asking. A document that already reads heard loading again: a frame loaded somewhere in
      // the tab. The reading path hears only its own iframes' loads ('frames-loaded'), not a
      // player that loads late inside another frame (an embed card's click-to-play, a consent
      // wrapper), so the frames are asked here too (review 10 F-frames-1). Not waited for: a
      // frame navigating meanwhile may hold its answer, never the next event.
      if (outcome === 'placed') void injectFramePresence(deps.scripting, tabId, { fresh: true });
      else askFrames(tabId);
      return outcome;
    } catch (error) {
      // The tab went or is busy, or cannot be scripted (a browser page, an error page); or the
      // browser's viewer holds a PDF no add-on may script (Firefox's pdf.js), read from its tab.
      const fromTab = await deps.refused?.(tabId, reading, error).catch(() => false);
      return fromTab === true ? 'viewer' : 'refused';
    }
  }

  /** Plans `event` heard at `at`, keeps the state and sets the timer; returns the orders due. */
  async function step(event: InjectionEvent, at: number): Promise<InjectionOrder[]> {
    state ??= load();
    const plan = planInjection(await state, event, at);
    state = Promise.resolve(plan.state);
    await deps.session.set({ [INJECTION_STATE_KEY]: plan.state });
    clearTimeout(timer);
    if (plan.wakeAt !== null) {
      timer = setTimeout(() => {
        void hear({ type: 'tick' });
      }, plan.wakeAt - now());
    }
    return plan.orders;
  }

  async function apply(event: InjectionEvent, at: number): Promise<void> {
    // The state says an order is on its way before it is made: a worker stopped in between finds
    // it so, and makes it again on start (afterWorkerStart). An outcome orders nothing at once
    // (a refusal waits RETRY_MS): the loop ends.
    const orders = await step(event, at);
    for (let order = orders.shift(); order; order = orders.shift()) {
      const outcome = await inject(order);
      const { tabId, document } = order;
      orders.push(...(await step({ type: 'injection-result', tabId, document, outcome }, now())));
    }
  }

  /** Takes `event`, heard now; events are applied one at a time, in the order heard. */
  function hear(event: InjectionEvent): Promise<void> {
    const at = now();
    queue = queue.then(() => apply(event, at)).catch(() => undefined);
    return queue;
  }

  return {
    hear,
    /**
     * tabs.onUpdated: a new document (`status: 'loading'`), an in-page route (a new url), or the
     * tab's load completed (`status: 'complete'`: a reloaded document has committed).
     */
    tabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab?: Tabs.Tab): void {
      const url = change.url ?? tab?.url;
      if (change.audible !== undefined || change.mutedInfo !== undefined) {
        // Heard: `audible` stays true in a tab the user muted, which plays to nobody.
        const audible = change.audible ?? tab?.audible ?? false;
        const muted = change.mutedInfo?.muted ?? tab?.mutedInfo?.muted ?? false;
        void hear({ type: 'tab-audible', tabId, audible: audible && !muted });
      }
      if (url === undefined || tab?.incognito) return;
      if (change.status === 'loading') {
        void hear({ type: 'navigated', tabId, url: routeOf(url), eligible: readable(url) });
        return;
      }
      if (change.url !== undefined) void hear({ type: 'route-changed', tabId, url: routeOf(url) });
      if (change.status === 'complete') void hear({ type: 'loaded', tabId });
    },
    /** windows.onFocusChanged: WINDOW_ID_NONE (`noWindowId`) is checked, as event-routing does. */
    async windowFocused(windowId: number, noWindowId: number): Promise<void> {
      if (windowId !== noWindowId) return hear({ type: 'window-focused', windowId });
      return hear({ type: 'window-focused', windowId: await deps.focusedWindowId() });
    },
  };
}

/**
 * The injection glue (createInjector): hears browser events, keeps the planner's state, injects.
 */
export type Injector = ReturnType<typeof createInjector>;
