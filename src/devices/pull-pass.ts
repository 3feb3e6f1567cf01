/**
 * One "devices" pass, run by the sync runner before each sync pass (so on the sync alarm, with no
 * timer of its own): read back what changed in Graph since the last listing and merge it
 * (merge.ts, pull-store.ts), then, once Graph has shown another device, publish this device's
 * name and its deletion markers (markers.ts).
 *
 * Reading: `GET /me/activities?$filter=lastModifiedDateTime ge <cursor>&$expand=historyItems`,
 * following every `@odata.nextLink`, empty pages included (Graph's CreatedByApp filtering returns
 * them). The cursor becomes the latest `lastModifiedDateTime` of a completed listing; `ge` re-reads
 * the entries of that instant, which the merge makes harmless. Reads spend a budget of their own
 * (`READ_BUDGET`, well inside Graph's 400 per 5 minutes per user shared with every app); a listing
 * cut short by it or by a stopped worker resumes at its stored next link.
 */
import type { ActivitiesClient } from '../graph/activities-client';
import { GraphError } from '../graph/graph-error';
import { backoffDelay } from '../graph/retry-timing';
import type { Db } from '../store/db';
import type { DeviceIdentity, PullState } from '../store/schema';
import { DEFAULT_RETRY_POLICY } from '../sync/retry-policy';
import { budgetState, type WriteBudget } from '../sync/write-budget';
import { loadWriteLog } from '../sync/write-log-store';
import type { MergeRules } from './merge';
import { deletionMarker, deviceMarker, MARKER_PAGES, type MarkerWrite } from './markers';
import {
  acknowledgeMarkers,
  applyListingPage,
  loadPullState,
  markerOutbox,
  noteRead,
  noteWrite,
  saveDeviceIdentity,
  savePullState,
  type PageApplied,
} from './pull-store';
import { parseListingPage } from './remote-activity';

/** The reads this extension allows itself: half of Graph's 400 per 5 minutes and 12,000 a day. */
export const READ_BUDGET: WriteBudget = { per5Min: 150, perDay: 6_000 };
/** How often a listing runs when nothing else asks (Sync now always does). */
export const PULL_INTERVAL_MS = 10 * 60_000;

/**
 * What one read-back pass is given: the database, a Graph client, this device, the merge rules,
 * whether to read, its write and read budgets, and the clock (epoch ms).
 */
export interface DevicesPassDeps {
  db: Db;
  client: Pick<ActivitiesClient, 'listActivities' | 'putActivity'>;
  identity: DeviceIdentity;
  rules: MergeRules;
  /** Read back from Graph at all (the user's setting); markers are published either way. */
  pull: boolean;
  /** The sync write budget: markers spend it too. */
  writeBudget: WriteBudget;
  readBudget?: WriteBudget;
  /** "Sync now": list even if the interval has not passed. */
  force?: boolean;
  now: () => number;
  random?: () => number;
}

/**
 * What one read-back pass did: pages and engagements taken in, markers written, when to run again.
 */
export interface DevicesPassResult extends PageApplied {
  reads: number;
  markersWritten: number;
  /** When the next pass is wanted for reading back (null: not at all). */
  nextAt: number | null;
  error?: { code: string; at: number };
}

/** Runs one pass; never throws for Graph's answers (they are kept in the pull state). */
export async function runDevicesPass(deps: DevicesPassDeps): Promise<DevicesPassResult> {
  const result: DevicesPassResult = {
    pulledActivities: 0,
    pulledEngagements: 0,
    deletedPages: 0,
    refusedPages: 0,
    reads: 0,
    markersWritten: 0,
    nextAt: null,
  };
  if (deps.pull) await pullChanges(deps, result);
  // A single browser never writes a name or a marker: only once Graph showed another device.
  if ((await loadPullState(deps.db)).othersSeen === true) {
    result.markersWritten = await publishMarkers(deps);
  }
  return result;
}

/** Lists what changed and merges it, page by page, within the read budget. */
async function pullChanges(deps: DevicesPassDeps, result: DevicesPassResult): Promise<void> {
  const { db, now } = deps;
  let state = await loadPullState(db);
  if (state.notBefore !== undefined && state.notBefore > now()) {
    result.nextAt = state.notBefore;
    return;
  }
  const due = (state.lastPullAt ?? -Infinity) + PULL_INTERVAL_MS;
  if (!deps.force && state.nextLink === undefined && due > now()) {
    result.nextAt = due;
    return;
  }
  let link = state.nextLink ?? firstPage(state.cursor);
  for (;;) {
    const budget = budgetState(state.readLog, now(), deps.readBudget ?? READ_BUDGET);
    if (budget.available === 0) {
      await savePullState(db, { ...state, nextLink: link });
      result.nextAt = budget.nextSlotAt;
      return;
    }
    state = await noteRead(db, now());
    result.reads++;
    let page;
    try {
      page = parseListingPage(await deps.client.listActivities(link));
    } catch (error) {
      const at = now();
      const code = error instanceof GraphError ? error.code : 'pull-failed';
      const attempt = state.attempt + 1;
      const wait =
        error instanceof GraphError && error.retryAfterMs !== undefined
          ? error.retryAfterMs
          : backoffDelay(attempt, DEFAULT_RETRY_POLICY, deps.random);
      // The listing resumes where it stopped; a foreign or broken link starts it again.
      const keepLink = error instanceof GraphError && error.status !== 400 && error.status !== 404;
      state = {
        ...state,
        attempt,
        notBefore: at + wait,
        lastError: { code, at },
        ...(keepLink ? { nextLink: link } : { nextLink: undefined, listingMax: undefined }),
      };
      await savePullState(db, state);
      result.error = { code, at };
      result.nextAt = at + wait;
      return;
    }
    const listingMax = Math.max(state.listingMax ?? -Infinity, ...page.lastModified);
    // A page read clears any earlier failure; the listing's end moves the cursor.
    const {
      nextLink: _link,
      notBefore: _wait,
      lastError: _error,
      listingMax: _max,
      ...rest
    } = state;
    const seen = Number.isFinite(listingMax);
    const next: PullState = page.nextLink
      ? { ...rest, attempt: 0, nextLink: page.nextLink, ...(seen ? { listingMax } : {}) }
      : {
          ...rest,
          attempt: 0,
          lastPullAt: now(),
          ...(seen ? { cursor: new Date(listingMax).toISOString() } : {}),
        };
    const applied = await applyListingPage(db, page.entries, deps.rules, next);
    state = next;
    result.pulledActivities += applied.pulledActivities;
    result.pulledEngagements += applied.pulledEngagements;
    result.deletedPages += applied.deletedPages;
    result.refusedPages += applied.refusedPages;
    if (!page.nextLink) {
      result.nextAt = now() + PULL_INTERVAL_MS;
      return;
    }
    link = page.nextLink;
  }
}

function firstPage(cursor: string | undefined): string {
  const filter = cursor
    ? `$filter=${encodeURIComponent(`lastModifiedDateTime ge ${cursor}`)}&`
    : '';
  return `/me/activities?${filter}$expand=historyItems`;
}

/** Writes this device's name and the deletion markers waiting, within the write budget. */
async function publishMarkers(deps: DevicesPassDeps): Promise<number> {
  const { db, identity, now } = deps;
  const writes: { marker: MarkerWrite; done: () => Promise<void> }[] = [];
  if (identity.publishedLabel !== identity.label) {
    writes.push({
      marker: deviceMarker(identity.node, identity.label),
      done: () => saveDeviceIdentity(db, { ...identity, publishedLabel: identity.label }),
    });
  }
  const queue = await markerOutbox(db);
  const byTime = new Map<number, typeof queue>();
  for (const entry of queue)
    byTime.set(entry.deletedAt, [...(byTime.get(entry.deletedAt) ?? []), entry]);
  for (const [deletedAt, entries] of byTime) {
    for (let part = 0; part * MARKER_PAGES < entries.length; part++) {
      const chunk = entries.slice(part * MARKER_PAGES, (part + 1) * MARKER_PAGES);
      writes.push({
        marker: deletionMarker(
          identity.node,
          chunk.map((e) => e.appActivityId),
          deletedAt,
          part,
        ),
        done: () => acknowledgeMarkers(db, chunk),
      });
    }
  }
  let written = 0;
  for (const { marker, done } of writes) {
    if (budgetState(await loadWriteLog(db), now(), deps.writeBudget).available === 0) break;
    await noteWrite(db, now());
    try {
      await deps.client.putActivity(marker.appActivityId, marker.body);
    } catch {
      // Tried again next pass; the sync pass that follows meets the same fault and reports it.
      break;
    }
    await done();
    written++;
  }
  return written;
}
