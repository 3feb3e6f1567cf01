import type { Settings } from '../settings/settings';
import type { WriteBudget } from './write-budget';

/**
 * Graph's throttling limits for user activities, per user across all apps: writes (PUT, PATCH,
 * DELETE) 100 per 5 minutes and 8,000 per day (shared docs: graph-user-activities.md, "Throttling";
 * Microsoft Graph `concepts/throttling.md`).
 */
export const GRAPH_WRITE_LIMITS = { per5Min: 100, perDay: 8_000 } as const;

/** A short delay after an engagement ends lets several endings share one pass. */
export const ENDED_DELAY_MS = 5_000;
/** Beyond the continuation gap: a changed engagement this quiet has ended, whatever the tracker said. */
const SETTLE_MARGIN_MS = 60_000;

/** When sync sends what, derived from the user's settings (see `syncScheduleFrom`). */
export interface SyncSchedule {
  /**
   * An engagement not marked ended is sent once it has not changed for this long: the
   * continuation gap (after which it can no longer grow) plus a minute.
   */
  settleMs: number;
  /** The extension's own write budget. */
  budget: WriteBudget;
  /** How soon after an engagement ends a pass runs. */
  endedDelayMs: number;
}

/**
 * The one place the schedule is derived from settings, for the runner and the benchmark alike.
 *
 * The day budget keeps the ratio of Graph's own limits (8,000 a day for 100 per 5 minutes, so 80
 * five-minute budgets a day): a user who gives the extension 60 of Graph's 100 writes per 5
 * minutes gives it the same share, 4,800, of Graph's 8,000 a day, leaving the rest of both to
 * their other apps.
 */
export function syncScheduleFrom(
  settings: Pick<Settings, 'continuationGapSec' | 'writeBudgetPer5Min'>,
): SyncSchedule {
  const share = settings.writeBudgetPer5Min / GRAPH_WRITE_LIMITS.per5Min;
  return {
    settleMs: settings.continuationGapSec * 1000 + SETTLE_MARGIN_MS,
    budget: {
      per5Min: settings.writeBudgetPer5Min,
      perDay: Math.round(share * GRAPH_WRITE_LIMITS.perDay),
    },
    endedDelayMs: ENDED_DELAY_MS,
  };
}

/**
 * When a pass should run after the tracker committed a change (ms since the epoch): soon after an
 * engagement ended, else once the change has settled (a second after `settleMs`, so the planner
 * then finds it due).
 */
export function passDueAfterChange(now: number, ended: boolean, schedule: SyncSchedule): number {
  return now + (ended ? schedule.endedDelayMs : schedule.settleMs + 1_000);
}
