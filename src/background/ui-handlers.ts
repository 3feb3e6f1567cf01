import { nodeSuffix } from '../devices/device-id';
import { storedDeviceIdentity } from '../devices/pull-store';
import type { Status, StorageProblem, UiContract } from '../messaging/contract';
import { updateSettings } from '../settings/settings';
import { readCounters } from '../store/counter-store';
import { countRetained } from '../store/activities-store';
import { countDeletion } from '../store/deletion-store';
import { flagPublishedForRepublish } from '../sync/republish-store';
import { keepLocalOnly, listParked, retryParked } from '../sync/parked-writes';
import { authHandlers } from './auth-handlers';
import type { BackgroundContext } from './context';
import { dataHandlers } from './data-handlers';
import type { HandlerMap } from './handler-map';
import { historyHandlers } from './history-handlers';
import { pageRecordingHandlers } from './page-recording';
import { readingHandlers } from './reading-handlers';
import { retentionCut } from './retention';
import { STORAGE_PROBLEM_KEY } from './storage-problem';

/** Answers the popup and the options page: one handler per UI message. */
export const uiHandlers: HandlerMap<keyof UiContract, BackgroundContext> = {
  async 'sync-now'(context) {
    await context.sync.run(true);
    return context.sync.overview();
  },

  'get-status': (context) => status(context),

  'organisation-overview': (context) => context.organisation.overview(),

  async 'set-paused'(context, { paused, until }) {
    // storage.onChanged carries the change to the tracker, the alarm and the badge.
    const next = await updateSettings(context.storage, {
      paused,
      pausedUntil: paused ? (until ?? null) : null,
    });
    return { ...(await status(context)), paused: next.paused, pausedUntil: next.pausedUntil };
  },

  // What a pending deletion already hides is not offered again (the list no longer shows it).
  async 'count-deletion'(context, { scope }) {
    const removes = await context.deletions.removals();
    return countDeletion(context.db, scope, removes ?? undefined);
  },

  'schedule-deletion': (context, { scope, alsoTimeline }) =>
    context.deletions.schedule(scope, alsoTimeline),

  async 'cancel-deletion'(context, { deletionId }) {
    return { cancelled: await context.deletions.cancel(deletionId) };
  },

  async 'count-retention'(context, { retentionDays }) {
    const cut = await retentionCut(context.db, context.auth, retentionDays, Date.now());
    return { pages: cut === null ? 0 : await countRetained(context.db, cut) };
  },

  async republish(context) {
    const queued = await flagPublishedForRepublish(context.db);
    void context.sync.run().catch(() => undefined);
    return { queued };
  },

  'list-parked': (context) => listParked(context.db),

  async 'retry-parked'(context, { key }) {
    const released = await retryParked(context.db, 'user', key);
    // Awaited: the page asking shows Graph's answer when it lists the refused writes again.
    if (released > 0) await context.sync.run(true).catch(() => undefined);
    return { released };
  },

  async 'dont-publish'(context, { key }) {
    const done = await keepLocalOnly(context.db, key, Date.now());
    // A copy Graph holds from before is deleted on the next pass.
    if (done) void context.sync.run().catch(() => undefined);
    return { done };
  },

  'get-settings': (context) => Promise.resolve(context.settings()),

  async 'get-device-suffix'(context) {
    const identity = await storedDeviceIdentity(context.db);
    return { suffix: identity ? nodeSuffix(identity.node) : '' };
  },

  'update-settings': (context, { patch }) => updateSettings(context.storage, patch),

  ...historyHandlers,
  ...readingHandlers,
  ...pageRecordingHandlers,
  ...dataHandlers,
  ...authHandlers,
};

async function status(context: BackgroundContext): Promise<Status> {
  const sync = await context.sync.overview();
  // The account says more than the last pass: before any pass, or right after signing out.
  const account = context.auth ? (await context.auth.status()).state : 'signed-out';
  if (account === 'signed-out') sync.state = 'signed-out';
  else if (account === 'interaction-required') sync.state = 'sign-in-required';
  else if (sync.state === 'signed-out' || sync.state === 'sign-in-required') sync.state = 'idle';
  const [{ readPages }, hidden] = await Promise.all([
    readCounters(context.db),
    context.deletions.hiddenPages(),
  ]);
  const problem = (await context.session.get(STORAGE_PROBLEM_KEY))[STORAGE_PROBLEM_KEY] as
    StorageProblem | undefined;
  return {
    paused: context.settings().paused,
    pausedUntil: context.settings().pausedUntil,
    storageError: problem ?? null,
    // Counted beside the records (store/counters.ts): one read, never a walk of the history.
    recordedPages: Math.max(0, readPages - hidden),
    sync,
  };
}
