// The engagement tracker's public face: the pure reducer and what the worker reads off its state.
// One transition is run by tracker-run.ts (the browser's events, who holds attention) and
// page-reports.ts (what pages report) over a run-step.ts record, with accrual.ts (banking time);
// the types are in engagement-types.ts.
import type {
  TrackerContext,
  TrackerEvent,
  TrackerSettings,
  TrackerState,
  Transition,
} from './engagement-types';
import { SILENCE_LIMIT_MS } from './heartbeat';
import { apply, handleClockJump, settle } from './tracker-run';
import { newStep } from './run-step';

export { HEARTBEAT_INTERVAL_MS, SILENCE_LIMIT_MS } from './heartbeat';

/** A tracker that has seen nothing yet, at `now` (epoch ms). */
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
  const step = newStep(s, ctx);
  handleClockJump(step);
  apply(step, event);
  settle(step);
  s.lastEventAt = Math.max(s.lastEventAt, ctx.now);
  return { state: s, effects: step.accrual.effects() };
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
