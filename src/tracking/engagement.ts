// Over 250 lines on purpose: one state machine. Every transition goes through the same Run
// (bank the open interval, note what changed, settle and end engagements), and split by event the
// invariants that hold it together would be scattered; its types live in engagement-types.ts.
import type {
  TrackerSettings,
  Engagement,
  TabState,
  TrackerContext,
  TrackerEffect,
  TrackerEvent,
  TrackerState,
  Transition,
  WindowFocusReport,
} from './engagement-types';

import { SILENCE_LIMIT_MS } from './heartbeat';

export { HEARTBEAT_INTERVAL_MS, SILENCE_LIMIT_MS } from './heartbeat';
/** Clock jumps backwards by more than this are treated as a discontinuity (system time change). */
const BACKWARDS_TOLERANCE_MS = 2_000;

export function initialTrackerState(now: number): TrackerState {
  return {
    focusedWindowId: null,
    activeTabByWindow: {},
    idle: 'active',
    paused: false,
    tabs: {},
    interval: null,
    engagements: {},
    lastEventAt: now,
  };
}

/**
 * The engagement state machine: `(state, event, context) → { state, effects }`. Pure: the input
 * state is never mutated, time and ids come from the context.
 */
export function reduceTracker(
  state: TrackerState,
  event: TrackerEvent,
  ctx: TrackerContext,
): Transition {
  const s = structuredClone(state);
  const run = new Run(s, ctx);
  run.handleClockJump();
  run.apply(event);
  run.settle();
  s.lastEventAt = Math.max(s.lastEventAt, ctx.now);
  return { state: s, effects: run.effects() };
}

class Run {
  private readonly changed = new Set<string>();
  private readonly ended: TrackerEffect[] = [];
  /** A page that reported after being read for a while: its interval opens at `since`. */
  private backdate: { tabId: number; since: number } | null = null;

  constructor(
    private readonly s: TrackerState,
    private readonly ctx: TrackerContext,
  ) {}

  get now(): number {
    return this.ctx.now;
  }

  get continuationGapMs(): number {
    return this.ctx.settings.continuationGapSec * 1000;
  }

  handleClockJump(): void {
    if (this.now >= this.s.lastEventAt - BACKWARDS_TOLERANCE_MS) return;
    // The wall clock went backwards: nothing measured across the jump can be trusted. Keep what
    // was banked, restart counting from now, and let no engagement be extended across the jump.
    if (this.s.interval) this.s.interval.since = this.now;
    for (const tab of Object.values(this.s.tabs)) {
      tab.lastEvidenceAt = Math.min(tab.lastEvidenceAt, this.now);
    }
    for (const engagement of Object.values(this.s.engagements)) {
      if (engagement.lastActiveAt > this.now && engagement.id !== this.s.interval?.engagementId) {
        this.finish(engagement);
      }
    }
    this.s.lastEventAt = this.now;
  }

  apply(event: TrackerEvent): void {
    const s = this.s;
    switch (event.type) {
      case 'window-focused':
        s.focusedWindowId = event.windowId;
        if (event.windowId !== null) this.evidenceForActiveTab(event.windowId);
        return;
      case 'window-removed':
        Reflect.deleteProperty(s.activeTabByWindow, String(event.windowId));
        if (s.focusedWindowId === event.windowId) s.focusedWindowId = null;
        return;
      case 'tab-activated': {
        s.activeTabByWindow[String(event.windowId)] = event.tabId;
        const tab = s.tabs[String(event.tabId)];
        if (tab) {
          tab.windowId = event.windowId;
          this.evidence(event.tabId);
        }
        return;
      }
      case 'tab-removed':
        this.closeIntervalIfOn(event.tabId);
        Reflect.deleteProperty(s.tabs, String(event.tabId));
        for (const [windowId, tabId] of Object.entries(s.activeTabByWindow)) {
          if (tabId === event.tabId) Reflect.deleteProperty(s.activeTabByWindow, windowId);
        }
        return;
      case 'tab-audible': {
        const tab = s.tabs[String(event.tabId)];
        if (!tab) return;
        // Bank before the change so the silence rule is judged with the media state that held.
        if (!event.audible) this.bankIfOn(event.tabId);
        tab.audible = event.audible;
        if (event.audible) this.evidence(event.tabId);
        return;
      }
      case 'page-loaded': {
        const key = String(event.tabId);
        const previous = s.tabs[key];
        // The page was read since `readSince` (it reports once it is being read, or once a new
        // route has settled): that time is its own, not the previous page's.
        const attended = Math.min(Math.max(event.attendedMs ?? 0, 0), SILENCE_LIMIT_MS);
        const readSince = this.now - attended;
        if (previous?.page && previous.page.appActivityId !== event.page.appActivityId) {
          // Navigation (or an SPA route change): the old page was read up to the change.
          if (this.s.interval?.tabId === event.tabId) {
            this.bank(Math.max(readSince, this.s.interval.since));
            this.s.interval = null;
          }
        }
        const other = this.s.interval;
        if (attended > 0 && other && other.tabId !== event.tabId && event.focus?.focused) {
          // Another tab's interval is still open (the browser told of the switch late, or not
          // at all), but this page, in the focused window, was being read since `readSince`:
          // the other tab's time ends there, never overlapping this page's backdated time.
          this.bank(Math.max(readSince, other.since));
          this.s.interval = null;
        }
        if (attended > 0) this.backdate = { tabId: event.tabId, since: readSince };
        const tab: TabState = {
          windowId: event.windowId,
          page: event.page,
          visible: event.visible,
          audible: previous?.audible ?? false,
          mediaPlaying: event.mediaPlaying ?? false,
          frameMediaAt: previous?.frameMediaAt ?? null,
          lastEvidenceAt: this.now,
        };
        s.tabs[key] = tab;
        if (event.tabActive) s.activeTabByWindow[String(event.windowId)] = event.tabId;
        this.evidence(event.tabId);
        if (event.focus) this.reportedFocus(tab, event.focus);
        return;
      }
      case 'page-signal': {
        const tab = s.tabs[String(event.tabId)];
        if (!tab) return;
        this.bankIfOn(event.tabId);
        if (event.presentUntil !== undefined) this.bankPresence(event.tabId, event.presentUntil);
        tab.visible = event.visible;
        tab.mediaPlaying = event.mediaPlaying;
        tab.lastEvidenceAt = this.now;
        if (event.focus) this.reportedFocus(tab, event.focus);
        return;
      }
      case 'frame-signal': {
        const tab = s.tabs[String(event.tabId)];
        if (!tab) {
          // The page has not reported yet (Play pressed in its first seconds): remember that a
          // player plays, or idle would stop the video until the player's next heartbeat.
          if (!event.mediaPlaying || event.windowId === undefined) return;
          s.tabs[String(event.tabId)] = {
            windowId: event.windowId,
            page: null,
            visible: false,
            audible: false,
            mediaPlaying: false,
            frameMediaAt: this.now,
            lastEvidenceAt: this.now,
          };
          return;
        }
        this.bankIfOn(event.tabId);
        if (event.presentUntil !== undefined) this.bankPresence(event.tabId, event.presentUntil);
        tab.frameMediaAt = event.mediaPlaying ? this.now : null;
        tab.lastEvidenceAt = this.now;
        return;
      }
      case 'page-left': {
        this.closeIntervalIfOn(event.tabId);
        const tab = s.tabs[String(event.tabId)];
        if (tab) tab.page = null;
        return;
      }
      case 'idle-state':
        if (event.state !== 'active') this.bankIfOnAttention();
        s.idle = event.state;
        if (event.state === 'active' && s.focusedWindowId !== null) {
          this.evidenceForActiveTab(s.focusedWindowId);
        }
        return;
      case 'paused':
        s.paused = event.paused;
        return;
      case 'tick':
        this.tick();
        return;
      case 'browser-started':
        // Everything in memory describes the previous run. An interval left open is closed at the
        // last moment that was banked (its last evidence): no phantom hours across the restart.
        this.closeInterval({ bank: false });
        s.tabs = {};
        s.activeTabByWindow = {};
        s.focusedWindowId = null;
        return;
      case 'snapshot':
        s.focusedWindowId = event.focusedWindowId;
        s.activeTabByWindow = {};
        for (const { windowId, tabId } of event.activeTabs) {
          s.activeTabByWindow[String(windowId)] = tabId;
        }
        s.idle = event.idle;
        return;
    }
  }

  /** Close or open the interval so that it matches who holds attention now. */
  settle(): void {
    const target = this.attentionTab();
    const open = this.s.interval;
    if (open) {
      const tab = this.s.tabs[String(open.tabId)];
      if (target !== open.tabId || tab?.page?.appActivityId !== open.appActivityId) {
        this.closeInterval({ bank: true });
      }
    }
    if (this.s.silenced && target !== this.s.silenced.tabId) this.s.silenced = null;
    if (!this.s.interval && target !== null) {
      const tab = this.s.tabs[String(target)];
      // Media or not, an interval opens only on recent evidence (a playing page repeats it).
      if (tab?.page && this.now - tab.lastEvidenceAt <= SILENCE_LIMIT_MS) {
        this.openInterval(target, tab);
      }
    }
  }

  effects(): TrackerEffect[] {
    const saves: TrackerEffect[] = [];
    for (const id of this.changed) {
      const engagement = Object.values(this.s.engagements).find((e) => e.id === id);
      if (engagement && this.isKept(engagement)) {
        saves.push({ type: 'save-engagement', engagement: { ...engagement } });
      }
    }
    return [...saves, ...this.ended];
  }

  private attentionTab(): number | null {
    const s = this.s;
    if (s.paused || s.focusedWindowId === null || s.idle === 'locked') return null;
    const tabId = s.activeTabByWindow[String(s.focusedWindowId)];
    if (tabId === undefined) return null;
    const tab = s.tabs[String(tabId)];
    if (!tab?.page || !tab.visible) return null;
    if (s.idle === 'idle' && !this.hasMedia(tab)) return null;
    return tabId;
  }

  private tick(): void {
    const open = this.s.interval;
    if (open && this.now - open.since > SILENCE_LIMIT_MS) {
      // Nobody has shown up for too long (heartbeats stopped, media or not): stop at the last
      // evidence. A playing page repeats its heartbeat, so a longer silence means the browser or
      // the machine was frozen or asleep, and that time was not watched.
      this.s.silenced = { ...open, until: this.now };
      this.closeInterval({ bank: false });
    }
    for (const engagement of Object.values(this.s.engagements)) {
      if (engagement.id === this.s.interval?.engagementId) continue;
      if (this.now - engagement.lastActiveAt > this.continuationGapMs) this.finish(engagement);
    }
  }

  private hasMedia(tab: TabState): boolean {
    return hasMedia(tab, this.now);
  }

  private evidence(tabId: number): void {
    const tab = this.s.tabs[String(tabId)];
    if (!tab) return;
    this.bankIfOn(tabId);
    tab.lastEvidenceAt = this.now;
  }

  /** What the browser said about a page's window when the page reported: trust it over events. */
  private reportedFocus(tab: TabState, { windowId, focused }: WindowFocusReport): void {
    const s = this.s;
    tab.windowId = windowId;
    if (!focused && s.focusedWindowId === windowId) {
      s.focusedWindowId = null;
    } else if (focused && s.focusedWindowId !== windowId) {
      s.focusedWindowId = windowId;
      this.evidenceForActiveTab(windowId);
    }
  }

  private evidenceForActiveTab(windowId: number): void {
    const tabId = this.s.activeTabByWindow[String(windowId)];
    if (tabId !== undefined) this.evidence(tabId);
  }

  /**
   * A page that stopped running (frozen, the machine asleep) says it saw the reader until `until`.
   * The silence that followed was dropped whole (bank() or a tick): the time from its start up to
   * `until` counts after all (at most the limit), the silence itself does not. Once per silence.
   */
  private bankPresence(tabId: number, until: number): void {
    const silence = this.s.silenced;
    if (silence?.tabId !== tabId) return;
    this.s.silenced = null;
    const at = Math.min(until, silence.until, silence.since + SILENCE_LIMIT_MS);
    const engagement = this.s.engagements[silence.appActivityId];
    if (at <= silence.since || engagement?.id !== silence.engagementId) return;
    engagement.activeMs += at - silence.since;
    engagement.lastActiveAt = Math.max(engagement.lastActiveAt, at);
    this.changed.add(engagement.id);
  }

  private bankIfOn(tabId: number): void {
    if (this.s.interval?.tabId === tabId) this.bank();
  }

  private bankIfOnAttention(): void {
    if (this.s.interval) this.bank();
  }

  private closeIntervalIfOn(tabId: number): void {
    if (this.s.interval?.tabId === tabId) this.closeInterval({ bank: true });
  }

  /**
   * Add the time since the last banked moment (up to `until`, now by default) to the engagement,
   * unless the gap is longer than silence allows: then the gap is dropped, whatever else is true
   * (media included: a playing page repeats its evidence, so a long gap is a frozen or sleeping
   * machine). Either way, counting restarts from `until`.
   */
  private bank(until: number = this.now): void {
    const open = this.s.interval;
    if (!open) return;
    const engagement = this.s.engagements[open.appActivityId];
    const gap = until - open.since;
    if (engagement && gap > 0 && gap <= SILENCE_LIMIT_MS) {
      engagement.activeMs += gap;
      engagement.lastActiveAt = until;
      this.changed.add(engagement.id);
    } else if (engagement) {
      // Kept until attention moves: the page may say later when it last saw the reader.
      if (gap > SILENCE_LIMIT_MS) this.s.silenced = { ...open, until };
      if (until - engagement.lastActiveAt > this.continuationGapMs) {
        // Silent for longer than a return may be (e.g. the machine slept): that engagement is
        // over; settle() opens a new one if the page still holds attention.
        this.s.interval = null;
        return;
      }
    }
    open.since = Math.max(open.since, until);
  }

  private closeInterval({ bank }: { bank: boolean }): void {
    if (!this.s.interval) return;
    if (bank) this.bank();
    this.s.interval = null;
  }

  private openInterval(tabId: number, tab: TabState): void {
    const page = tab.page;
    if (!page) return;
    let engagement = this.s.engagements[page.appActivityId];
    const expired =
      engagement !== undefined &&
      (this.now - engagement.lastActiveAt > this.continuationGapMs ||
        engagement.lastActiveAt > this.now);
    if (engagement && expired) {
      this.finish(engagement);
      engagement = undefined;
    }
    // Time read before the page reported counts from when reading began (never before what this
    // engagement already holds).
    const since =
      this.backdate?.tabId === tabId
        ? Math.max(this.backdate.since, engagement?.lastActiveAt ?? -Infinity)
        : this.now;
    if (!engagement) {
      engagement = {
        id: this.ctx.newId(),
        appActivityId: page.appActivityId,
        url: page.url,
        startedAt: since,
        lastActiveAt: since,
        activeMs: 0,
      };
      this.s.engagements[page.appActivityId] = engagement;
    }
    // The page reported on evidence (it was being read all along): bank that time at once.
    if (since < this.now) {
      engagement.activeMs += this.now - since;
      engagement.lastActiveAt = this.now;
      this.changed.add(engagement.id);
    }
    this.s.interval = {
      tabId,
      engagementId: engagement.id,
      appActivityId: page.appActivityId,
      since: this.now,
    };
  }

  private finish(engagement: Engagement): void {
    Reflect.deleteProperty(this.s.engagements, engagement.appActivityId);
    this.changed.delete(engagement.id);
    this.ended.push({
      type: 'engagement-ended',
      engagement: { ...engagement },
      kept: this.isKept(engagement),
    });
  }

  private isKept(engagement: Engagement): boolean {
    return engagement.activeMs >= this.ctx.settings.minEngagementSec * 1000;
  }
}

/** Media plays in the tab: audible, a playing element in the page, or one in a subframe lately. */
function hasMedia(tab: TabState, now: number): boolean {
  const frameMediaAt = tab.frameMediaAt ?? null;
  return (
    tab.audible ||
    tab.mediaPlaying ||
    (frameMediaAt !== null && now - frameMediaAt <= SILENCE_LIMIT_MS)
  );
}

/**
 * The engagement's time as far as evidence has banked it. The open interval's unbanked time is
 * left out on purpose: it is dropped if no evidence follows within the silence limit, so showing it
 * could make a later look show less (issue #13). Every piece of evidence banks, so this lags the
 * truth by at most one heartbeat, and it never decreases.
 */
export function liveActiveMs(state: TrackerState, appActivityId: string): number {
  return state.engagements[appActivityId]?.activeMs ?? 0;
}

/**
 * When the tracker next needs a `tick` even if nothing happens: to stop a silent interval, to
 * checkpoint media time, or to finish an engagement whose continuation gap has passed. null when
 * nothing is pending, so an idle browser does not wake the worker at all.
 */
export function nextTickAt(state: TrackerState, settings: TrackerSettings): number | null {
  const candidates: number[] = [];
  const open = state.interval;
  if (open) candidates.push(open.since + SILENCE_LIMIT_MS + 1_000);
  for (const engagement of Object.values(state.engagements)) {
    if (engagement.id === open?.engagementId) continue;
    candidates.push(engagement.lastActiveAt + settings.continuationGapSec * 1000 + 1_000);
  }
  return candidates.length === 0 ? null : Math.min(...candidates);
}
