// What one transition of the tracker tells the store: which engagements changed, which ended, and
// which fell below the minimum after time was taken back from them (accrual.ts does the banking).
import type { Engagement, TrackerEffect, TrackerSettings, TrackerState } from './engagement-types';

/** The effects of one transition, gathered while Accrual banks time on the state `s`. */
export class EffectLog {
  private readonly changed = new Set<string>();
  private readonly dropped = new Set<string>();
  private readonly ended: TrackerEffect[] = [];

  constructor(
    private readonly s: TrackerState,
    private readonly settings: TrackerSettings,
  ) {}

  /** The engagement's time changed: saved at the end if it reached the minimum. */
  changedOne(engagement: Engagement): void {
    this.changed.add(engagement.id);
  }

  /**
   * Time was taken back from the engagement, which held `beforeMs` (ms): had it reached the
   * minimum (so the store may hold it) and now is under it, the stored copy must go (README: an
   * engagement under the minimum is not reading, never kept), unless it is back over by the end.
   */
  tookBack(engagement: Engagement, beforeMs: number): void {
    this.changed.add(engagement.id);
    if (this.isKept(beforeMs) && !this.isKept(engagement.activeMs)) {
      this.dropped.add(engagement.id);
    }
  }

  /** The engagement can no longer be extended: it ends, kept or not, and is saved no more. */
  endedOne(engagement: Engagement): void {
    this.changed.delete(engagement.id);
    this.ended.push({
      type: 'engagement-ended',
      engagement: { ...engagement },
      kept: this.isKept(engagement.activeMs),
    });
  }

  /**
   * Saves for every changed engagement that reached the minimum, drops for those taken back
   * under it, then the ends.
   */
  effects(): TrackerEffect[] {
    const saves: TrackerEffect[] = [];
    for (const id of this.changed) {
      const engagement = Object.values(this.s.engagements).find((e) => e.id === id);
      if (!engagement) continue;
      if (this.isKept(engagement.activeMs)) {
        saves.push({ type: 'save-engagement', engagement: { ...engagement } });
      } else if (this.dropped.has(id)) {
        saves.push({ type: 'drop-engagement', engagement: { ...engagement } });
      }
    }
    return [...saves, ...this.ended];
  }

  private isKept(activeMs: number): boolean {
    return activeMs >= this.settings.minEngagementSec * 1000;
  }
}
