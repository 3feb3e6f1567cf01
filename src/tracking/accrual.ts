// How engaged time is banked: the arithmetic of the open interval and the engagements it feeds,
// for one transition of the tracker (engagement.ts). Who holds attention is decided elsewhere
// (tracker-run.ts); this file only turns "attention held from here to there" into activeMs.
import { forgetBanked, noteBanked, unbankedParts } from './banked-stretches';
import { EffectLog } from './effect-log';
import type {
  DroppedSilence,
  Engagement,
  TabState,
  TrackedPage,
  TrackerContext,
  TrackerEffect,
  TrackerState,
} from './engagement-types';
import { SILENCE_LIMIT_MS } from './heartbeat';

/**
 * The banking of one transition: mutates the (already cloned) state it is given and remembers
 * which engagements changed or ended, for the effects. All times are epoch ms from the context.
 */
export class Accrual {
  private readonly log: EffectLog;

  constructor(
    private readonly s: TrackerState,
    private readonly ctx: TrackerContext,
  ) {
    this.log = new EffectLog(s, ctx.settings);
  }

  private get now(): number {
    return this.ctx.now;
  }

  private get continuationGapMs(): number {
    return this.ctx.settings.continuationGapSec * 1000;
  }

  /**
   * Add the time since the last banked moment (up to `until`, now by default) to the engagement,
   * unless the gap is longer than silence allows: then the gap is dropped, whatever else is true
   * (media included: a playing page repeats its evidence, so a long gap is a frozen or sleeping
   * machine). Either way, counting restarts from `until`.
   */
  bank(until: number = this.now): void {
    const open = this.s.interval;
    if (!open) return;
    const engagement = this.s.engagements[open.appActivityId];
    const gap = until - open.since;
    if (engagement && gap > 0 && gap <= SILENCE_LIMIT_MS) {
      this.add(engagement, open.since, until);
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

  /**
   * The periodic check: an interval silent for longer than the limit stops at its last evidence
   * (heartbeats stopped, media or not: a playing page repeats its heartbeat, so a longer silence
   * means the browser or the machine was frozen or asleep, and that time was not watched), and
   * engagements past the continuation gap are finished.
   */
  tick(): void {
    const open = this.s.interval;
    if (open && this.now - open.since > SILENCE_LIMIT_MS) {
      this.s.silenced = { ...open, until: this.now };
      this.closeInterval({ bank: false });
    }
    for (const engagement of Object.values(this.s.engagements)) {
      if (engagement.id === this.s.interval?.engagementId) continue;
      if (this.now - engagement.lastActiveAt > this.continuationGapMs) this.finish(engagement);
    }
  }

  /**
   * The wall clock went backwards: nothing measured across the jump can be trusted. Keep what was
   * banked, restart counting from now, and let no engagement be extended across the jump.
   */
  clockWentBack(): void {
    if (this.s.interval) this.s.interval.since = this.now;
    this.s.banked = [];
    for (const engagement of Object.values(this.s.engagements)) {
      if (engagement.lastActiveAt > this.now && engagement.id !== this.s.interval?.engagementId) {
        this.finish(engagement);
      }
    }
  }

  /** Banks the open interval's time (bank()) if the interval is on tab `tabId`. */
  bankIfOn(tabId: number): void {
    if (this.s.interval?.tabId === tabId) this.bank();
  }

  /** Ends the open interval, if any, first banking its time when `bank` is true. */
  closeInterval({ bank }: { bank: boolean }): void {
    if (!this.s.interval) return;
    if (bank) this.bank();
    this.s.interval = null;
  }

  /** Ends the open interval, banking its time, if it is on tab `tabId`. */
  closeIntervalIfOn(tabId: number): void {
    if (this.s.interval?.tabId === tabId) this.closeInterval({ bank: true });
  }

  /**
   * A page that stopped running (frozen, the machine asleep) says it saw the reader until `until`.
   * The silence that followed was dropped whole (bank() or a tick): the time from its start up to
   * `until` counts after all (at most the limit), the silence itself does not. Once per silence.
   */
  bankPresence(silence: DroppedSilence, until: number): void {
    this.s.silenced = null;
    const at = Math.min(until, silence.until, silence.since + SILENCE_LIMIT_MS);
    const engagement = this.s.engagements[silence.appActivityId];
    if (at <= silence.since || engagement?.id !== silence.engagementId) return;
    this.add(engagement, silence.since, at);
  }

  /**
   * A page that stopped running (frozen, the machine asleep) says it ran again from `from`, before
   * the silence was dropped at its `until` (when its signal, a tick or other evidence came): that
   * stretch was the reader's after all. The caller bounds `from` (see MAX_RESUME_LAG_MS) and knows
   * attention stayed on the page since (the silence is forgotten as soon as it moves). Once per
   * silence. False when the engagement could not take it: over, or silent for longer than a
   * return may be (then the time since `from` belongs to a new one).
   */
  bankResume(silence: DroppedSilence, from: number): boolean {
    this.s.silenced = null;
    const engagement = this.s.engagements[silence.appActivityId];
    if (engagement?.id !== silence.engagementId) return false;
    if (from - engagement.lastActiveAt > this.continuationGapMs) return false;
    const at = Math.max(from, engagement.lastActiveAt);
    if (at < silence.until) this.add(engagement, at, silence.until);
    return true;
  }

  /**
   * Opens the interval on `tab` (which must show a page), extending its engagement when a return
   * is still within the continuation gap, else starting one. `since`: reading began before now
   * (the page reported late); that time is banked at once, never before what the engagement holds.
   */
  openInterval(tabId: number, tab: TabState, since: number = this.now): void {
    const page = tab.page;
    if (!page) return;
    const engagement = this.engagementAt(page, since, this.now);
    this.s.interval = {
      tabId,
      engagementId: engagement.id,
      appActivityId: page.appActivityId,
      since: this.now,
      openedAt: Math.min(since, this.now),
    };
  }

  /**
   * Time from `since` to `until` (epoch ms) banked for `page` that another page of the same tab
   * held (a route change or navigation the tracker heard of only with the new page's report): taken
   * back from its engagement, as far as that engagement counted past `since`.
   */
  takeBack(page: TrackedPage, since: number, until: number): void {
    const engagement = this.s.engagements[page.appActivityId];
    if (!engagement || engagement.lastActiveAt <= since) return;
    const from = Math.max(since, engagement.startedAt);
    const taken = Math.min(Math.min(engagement.lastActiveAt, until) - from, engagement.activeMs);
    if (taken <= 0) return;
    const before = engagement.activeMs;
    engagement.activeMs -= taken;
    if (engagement.lastActiveAt <= until) engagement.lastActiveAt = from;
    forgetBanked(this.s, engagement.id, from, until);
    this.log.tookBack(engagement, before);
  }

  /**
   * A page read from `since` to `until` (epoch ms, at most now) that no longer holds attention (it
   * reported only after it was hidden: page-reports.ts). That time is its engagement's, as
   * openInterval banks a late report's, but no interval is opened; and only what no other page's
   * engagement was banked for meanwhile (the tracker may have counted another tab then, the move
   * of focus never told, that interval closed since): never counted twice.
   */
  bankClosedSpan(page: TrackedPage, since: number, until: number): void {
    const parts = unbankedParts(this.s, page.appActivityId, since, Math.min(until, this.now));
    for (const [from, to] of parts) this.engagementAt(page, from, to);
  }

  /**
   * The engagement of `page` read from `since` to `until`, with that time banked (never before
   * what it holds): extended when a return is still within the continuation gap, else a new one.
   */
  private engagementAt(page: TrackedPage, since: number, until: number): Engagement {
    let engagement = this.s.engagements[page.appActivityId];
    const expired =
      engagement !== undefined &&
      (until - engagement.lastActiveAt > this.continuationGapMs ||
        engagement.lastActiveAt > this.now);
    if (engagement && expired) {
      this.finish(engagement);
      engagement = undefined;
    }
    const from = Math.min(until, Math.max(since, engagement?.lastActiveAt ?? -Infinity));
    if (!engagement) {
      engagement = {
        id: this.ctx.newId(),
        appActivityId: page.appActivityId,
        url: page.url,
        startedAt: from,
        lastActiveAt: from,
        activeMs: 0,
      };
      this.s.engagements[page.appActivityId] = engagement;
    }
    if (from < until) this.add(engagement, from, until);
    return engagement;
  }

  /** Banks [from, until] (epoch ms, from before until) for the engagement, and notes it. */
  private add(engagement: Engagement, from: number, until: number): void {
    engagement.activeMs += until - from;
    engagement.lastActiveAt = Math.max(engagement.lastActiveAt, until);
    const { appActivityId, id: engagementId } = engagement;
    noteBanked(this.s, { appActivityId, engagementId, from, to: until }, this.now);
    this.log.changedOne(engagement);
  }

  /** The engagement can no longer be extended: forget it and say so (kept or not). */
  finish(engagement: Engagement): void {
    Reflect.deleteProperty(this.s.engagements, engagement.appActivityId);
    this.log.endedOne(engagement);
  }

  /** What the store must do for this transition (effect-log.ts). */
  effects(): TrackerEffect[] {
    return this.log.effects();
  }
}
