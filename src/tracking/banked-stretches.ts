// The stretches of time the tracker banked lately, whatever banked them (an open interval, a late
// report's backdate, a closed span, a resume after a freeze): so that a page reporting late that
// it was read cannot be given seconds already counted for another page (issue #13, honest time).
import type { BankedStretch, TrackerState } from './engagement-types';
import { SILENCE_LIMIT_MS } from './heartbeat';

/**
 * How long a stretch is remembered after it ends (ms). A late report's span ends at most the
 * silence limit before it arrives and lasts at most the silence limit: nothing older can overlap.
 */
export const BANKED_MEMORY_MS = 2 * SILENCE_LIMIT_MS;

/** At most this many stretches are kept (contiguous ones merge: a few per minute of reading). */
const MAX_STRETCHES = 64;

/**
 * Notes that [from, to] (epoch ms) was banked for `engagementId` of `appActivityId`, merged with a
 * stretch of the same engagement it continues; stretches ended over BANKED_MEMORY_MS before `now`
 * are forgotten.
 */
export function noteBanked(s: TrackerState, stretch: BankedStretch, now: number): void {
  if (stretch.to <= stretch.from) return;
  const kept = (s.banked ?? []).filter((b) => b.to >= now - BANKED_MEMORY_MS);
  const last = kept.at(-1);
  if (last?.engagementId === stretch.engagementId && last.to === stretch.from) {
    last.to = stretch.to;
  } else {
    kept.push({ ...stretch });
  }
  s.banked = kept.slice(-MAX_STRETCHES);
}

/**
 * Time taken back from `engagementId` between `from` and `until` (epoch ms): no longer counted
 * for it, so no longer in its stretches.
 */
export function forgetBanked(
  s: TrackerState,
  engagementId: string,
  from: number,
  until: number,
): void {
  if (!s.banked) return;
  s.banked = s.banked.flatMap((b) => {
    if (b.engagementId !== engagementId || b.to <= from || b.from >= until) return [b];
    const parts: BankedStretch[] = [];
    if (b.from < from) parts.push({ ...b, to: from });
    if (b.to > until) parts.push({ ...b, from: until });
    return parts;
  });
}

/**
 * The parts of [from, to] (epoch ms) that no other page's banked stretch covers, in order: what a
 * page may still be given of a span it reports late.
 */
export function unbankedParts(
  s: TrackerState,
  appActivityId: string,
  from: number,
  to: number,
): [number, number][] {
  const others = (s.banked ?? [])
    .filter((b) => b.appActivityId !== appActivityId && b.to > from && b.from < to)
    .sort((a, b) => a.from - b.from);
  const parts: [number, number][] = [];
  let at = from;
  for (const b of others) {
    if (b.from > at) parts.push([at, b.from]);
    at = Math.max(at, b.to);
  }
  if (at < to) parts.push([at, to]);
  return parts;
}
