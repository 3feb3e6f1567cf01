// One transition of the tracker: apply an event to what is known of the browser (focus, tabs,
// idle), then settle the open interval on whoever holds attention. The time arithmetic itself is
// in accrual.ts; the public reducer in engagement.ts.
import { Accrual } from './accrual';
import type {
  ClosedTab,
  TabState,
  TrackerContext,
  TrackerEffect,
  TrackerEvent,
  TrackerState,
  WindowFocusReport,
} from './engagement-types';
import { attentionTab } from './attention';
import { SILENCE_LIMIT_MS } from './heartbeat';
import { afterSilence, silenceOn, type Backdate } from './resume';

/** Clock jumps backwards by more than this are treated as a discontinuity (system time change). */
const BACKWARDS_TOLERANCE_MS = 2_000;
/**
 * Runs one transition on a state the caller has cloned: `handleClockJump`, `apply`, `settle`,
 * then `effects`. Mutates that state.
 */
export class Run {
  private readonly accrual: Accrual;
  /** Reading on this tab began before now: a page that reported only once it was being read. */
  private backdate: Backdate | null = null;
  /** This tab's page ran again from `since` after a dropped silence (see resume.ts). */
  private resume: Backdate | null = null;

  constructor(
    private readonly s: TrackerState,
    private readonly ctx: TrackerContext,
  ) {
    this.accrual = new Accrual(s, ctx);
  }

  private get now(): number {
    return this.ctx.now;
  }

  handleClockJump(): void {
    if (this.now >= this.s.lastEventAt - BACKWARDS_TOLERANCE_MS) return;
    this.accrual.clockWentBack();
    for (const tab of Object.values(this.s.tabs)) {
      tab.lastEvidenceAt = Math.min(tab.lastEvidenceAt, this.now);
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
        this.accrual.closeIntervalIfOn(event.tabId);
        Reflect.deleteProperty(s.tabs, String(event.tabId));
        for (const [windowId, tabId] of Object.entries(s.activeTabByWindow)) {
          if (tabId === event.tabId) Reflect.deleteProperty(s.activeTabByWindow, windowId);
        }
        return;
      case 'tab-audible': {
        const tab = s.tabs[String(event.tabId)];
        if (!tab) return;
        // Bank before the change so the silence rule is judged with the media state that held.
        if (!event.audible) this.accrual.bankIfOn(event.tabId);
        tab.audible = event.audible;
        if (event.audible) this.evidence(event.tabId);
        return;
      }
      case 'page-loaded':
        this.pageLoaded(event);
        return;
      case 'page-signal':
      case 'frame-signal':
        this.pageSignal(event);
        return;
      case 'page-left': {
        this.accrual.closeIntervalIfOn(event.tabId);
        const tab = s.tabs[String(event.tabId)];
        if (tab) tab.page = null;
        return;
      }
      case 'idle-state':
        if (event.state !== 'active') this.accrual.bank();
        else if (s.idle !== 'active') s.absentUntil = this.now;
        s.idle = event.state;
        if (event.state === 'active' && s.focusedWindowId !== null) {
          this.evidenceForActiveTab(s.focusedWindowId);
        }
        return;
      case 'paused':
        s.paused = event.paused;
        return;
      case 'tick':
        this.accrual.tick();
        return;
      case 'browser-started':
        // Everything in memory describes the previous run. An interval left open is closed at the
        // last moment that was banked (its last evidence): no phantom hours across the restart;
        // or where its tab was heard closing, if that transition was lost (a quit).
        this.closeAtQuit(event.closedTab);
        // No absentUntil here: a worker hears of the start when it first runs, often with the first
        // page's report, and no page can have been read before its browser started anyway.
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
    const target = attentionTab(this.s, this.now);
    const open = this.s.interval;
    if (open) {
      const tab = this.s.tabs[String(open.tabId)];
      if (target !== open.tabId || tab?.page?.appActivityId !== open.appActivityId) {
        this.accrual.closeInterval({ bank: true });
      }
    }
    if (this.s.silenced && target !== this.s.silenced.tabId) this.s.silenced = null;
    if (!this.s.interval && target !== null) {
      const tab = this.s.tabs[String(target)];
      // Media or not, an interval opens only on recent evidence (a playing page repeats it).
      if (tab?.page && this.now - tab.lastEvidenceAt <= SILENCE_LIMIT_MS) {
        const from = [this.backdate, this.resume].find((b) => b?.tabId === target);
        this.accrual.openInterval(target, tab, from?.since ?? this.now);
      }
    }
  }

  effects(): TrackerEffect[] {
    return this.accrual.effects();
  }

  private pageLoaded(event: Extract<TrackerEvent, { type: 'page-loaded' }>): void {
    const s = this.s;
    const key = String(event.tabId);
    const previous = s.tabs[key];
    // The page was read since `readSince` (it reports once it is being read, or once a new
    // route has settled): that time is its own, not the previous page's.
    // Never before the tracker's own last sight of absence: a page's clock can span a sleep.
    const attended = Math.min(
      Math.max(event.attendedMs ?? 0, 0),
      SILENCE_LIMIT_MS,
      Math.max(0, this.now - (s.absentUntil ?? -Infinity)),
    );
    const readSince = this.now - attended;
    if (previous?.page && previous.page.appActivityId !== event.page.appActivityId) {
      // Navigation (or an SPA route change): the old page was read up to the change.
      if (s.interval?.tabId === event.tabId) {
        this.accrual.bank(Math.max(readSince, s.interval.since));
        s.interval = null;
      }
    }
    const other = s.interval;
    if (attended > 0 && other && other.tabId !== event.tabId && event.focus?.focused) {
      // Another tab's interval is still open (the browser told of the switch late, or not
      // at all), but this page, in the focused window, was being read since `readSince`:
      // the other tab's time ends there, never overlapping this page's backdated time.
      this.accrual.bank(Math.max(readSince, other.since));
      s.interval = null;
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
  }

  /**
   * Closes the interval a previous run left open: at its last banked moment, or up to when its
   * tab was heard closing (the transition that would have banked that was not committed before
   * the browser exited). Counted as that transition would have: only within the silence limit of
   * the last evidence, never after now.
   */
  private closeAtQuit(closed: ClosedTab | undefined): void {
    const open = this.s.interval;
    if (open && closed?.tabId === open.tabId) {
      const { at } = closed;
      if (at > open.since && at - open.since <= SILENCE_LIMIT_MS && at <= this.now) {
        this.accrual.bank(at);
      }
    }
    this.accrual.closeInterval({ bank: false });
  }

  /** Evidence from a tab's page or one of its subframes, maybe after it stopped running. */
  private pageSignal(
    event: Extract<TrackerEvent, { type: 'page-signal' } | { type: 'frame-signal' }>,
  ): void {
    const s = this.s;
    const tab = s.tabs[String(event.tabId)];
    if (!tab) {
      // A subframe's player plays before its page has reported (Play pressed in its first
      // seconds): remember it, or idle would stop the video until the player's next heartbeat.
      if (event.type !== 'frame-signal' || !event.mediaPlaying || event.windowId === undefined) {
        return;
      }
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
    // A silence dropped earlier (by a tick or other evidence) is settled before this signal banks
    // anything, one this signal's own bank drops right after it.
    const earlier = silenceOn(s, event.tabId);
    if (earlier) this.resume = afterSilence(s, this.accrual, this.now, earlier, event);
    this.accrual.bankIfOn(event.tabId);
    const dropped = earlier ? null : silenceOn(s, event.tabId);
    if (dropped) this.resume = afterSilence(s, this.accrual, this.now, dropped, event);
    if (event.type === 'page-signal') {
      tab.visible = event.visible;
      tab.mediaPlaying = event.mediaPlaying;
      if (event.focus) this.reportedFocus(tab, event.focus);
    } else {
      tab.frameMediaAt = event.mediaPlaying ? this.now : null;
    }
    tab.lastEvidenceAt = this.now;
  }

  private evidence(tabId: number): void {
    const tab = this.s.tabs[String(tabId)];
    if (!tab) return;
    this.accrual.bankIfOn(tabId);
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
}
