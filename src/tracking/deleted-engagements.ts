// The user deleted engagements the tracker still holds (their page still open, or read within the
// continuation gap): what the user deleted stays deleted, so the tracker forgets them, and reading
// after the deletion was asked for is a new engagement (docs/your-data.md, Delete). Without this,
// the next save or end of a deleted engagement would bring it back, here and in Graph.
import { forgetBanked } from './banked-stretches';
import type { DeletedEngagement } from './engagement-types';
import type { Step } from './run-step';

/**
 * Forgets each deleted engagement the state holds, with no effect (the store has deleted it).
 * What was banked for it from its `askedAt` on, as far as the tracker still remembers (its
 * stretches of the last BANKED_MEMORY_MS), is banked again for a new engagement of its page; an
 * interval open on it is banked up to now first, then closed, and settle() opens it again on the
 * new engagement if the page still holds attention. Ids the state does not hold are ignored: the
 * event may come twice (a worker stopped before the tracker heard of the deletion).
 */
export function forgetDeleted(step: Step, deleted: readonly DeletedEngagement[]): void {
  const { s, accrual } = step;
  for (const { id, askedAt } of deleted) {
    const engagement = Object.values(s.engagements).find((e) => e.id === id);
    if (!engagement) continue;
    if (s.interval?.engagementId === id) accrual.closeInterval({ bank: true });
    const after = (s.banked ?? [])
      .filter((b) => b.engagementId === id && b.to > askedAt)
      .map((b) => [Math.max(b.from, askedAt), b.to] as const);
    Reflect.deleteProperty(s.engagements, engagement.appActivityId);
    forgetBanked(s, id, askedAt, Infinity);
    if (s.silenced?.engagementId === id) s.silenced = null;
    const page = { appActivityId: engagement.appActivityId, url: engagement.url };
    for (const [from, to] of after) accrual.bankClosedSpan(page, from, to);
  }
}
