import type { ParsedRequest, ResponseOf, Status, UiContract } from '../messaging/contract';
import { updateSettings } from '../settings/settings';
import { deleteActivity, listRecentActivities } from '../store/activities-store';
import { countDeletion, countReadBefore } from '../store/deletion-store';
import { flagPublishedForRepublish } from '../store/sync-store';
import { STORAGE_PROBLEM_KEY } from './storage-problem';
import type { StorageProblem } from '../messaging/contract';
import { liveActiveMs } from '../tracking/engagement';
import type { BackgroundContext } from './background-app';
import { handleAuthRequest } from './auth-handlers';
import { historyHandlers, type HistoryMessage } from './history-handlers';

type UiRequest = Extract<ParsedRequest, { type: keyof UiContract }>;

/** Answers the popup and options page. */
export async function handleUiRequest(
  context: BackgroundContext,
  request: UiRequest,
): Promise<ResponseOf<keyof UiContract>> {
  switch (request.type) {
    case 'list-activities': {
      const now = Date.now();
      const state = context.tracker.current;
      const found = await listRecentActivities(context.db, request.payload);
      // A deletion waiting out its undo window hides its pages at once.
      const effects = await context.deletions.effects();
      const list = effects
        ? found.filter(
            (activity) =>
              effects(
                { ...activity, firstSeenAt: activity.lastActiveAt },
                activity.historyItems,
              ) !== 'hidden',
          )
        : found;
      // The engagement under way has unbanked time the store has not seen yet.
      return list.map((activity) => {
        const live = state.engagements[activity.appActivityId];
        const stored = activity.historyItems.find((item) => item.id === live?.id);
        if (!live || !stored) return activity;
        const extra = liveActiveMs(state, activity.appActivityId, now) - stored.activeMs;
        return { ...activity, activeMs: activity.activeMs + Math.max(0, extra) };
      });
    }
    case 'delete-activity': {
      const deleted = await deleteActivity(context.db, request.payload.appActivityId, Date.now());
      // The delete reaches Graph on the next pass; run it now rather than leave it waiting.
      void context.sync.run();
      return { deleted };
    }
    case 'sync-now':
      await context.sync.run(true);
      return context.sync.overview();
    case 'get-status':
      return status(context);
    case 'set-paused': {
      // storage.onChanged carries the change to the tracker, the alarm and the badge.
      const { paused, until } = request.payload;
      const next = await updateSettings(context.storage, {
        paused,
        pausedUntil: paused ? (until ?? null) : null,
      });
      return { ...(await status(context)), paused: next.paused, pausedUntil: next.pausedUntil };
    }
    case 'count-deletion':
      return countDeletion(context.db, request.payload.scope);
    case 'schedule-deletion':
      return context.deletions.schedule(request.payload.scope, request.payload.alsoTimeline);
    case 'cancel-deletion':
      return { cancelled: await context.deletions.cancel(request.payload.deletionId) };
    case 'count-retention':
      return {
        pages: await countReadBefore(
          context.db,
          Date.now() - request.payload.retentionDays * 24 * 3600_000,
        ),
      };
    case 'republish': {
      const queued = await flagPublishedForRepublish(context.db);
      void context.sync.run().catch(() => undefined);
      return { queued };
    }
    case 'get-settings':
      return context.settings();
    case 'update-settings':
      return updateSettings(context.storage, request.payload.patch);
    case 'list-pages':
    case 'get-activity':
    case 'list-engagements':
    case 'engagement-totals':
    case 'history-stats':
    case 'delete-activities':
      return callHistory(context, request);
    case 'get-account':
    case 'complete-sign-in':
    case 'sign-out':
      return handleAuthRequest(context, request);
  }
}

async function status(context: BackgroundContext): Promise<Status> {
  const sync = await context.sync.overview();
  // The account says more than the last pass: before any pass, or right after signing out.
  const account = context.auth ? (await context.auth.status()).state : 'signed-out';
  if (account === 'signed-out') sync.state = 'signed-out';
  else if (account === 'interaction-required') sync.state = 'sign-in-required';
  else if (sync.state === 'signed-out' || sync.state === 'sign-in-required') sync.state = 'idle';
  const problem = (await context.session.get(STORAGE_PROBLEM_KEY))[STORAGE_PROBLEM_KEY] as
    StorageProblem | undefined;
  return {
    paused: context.settings().paused,
    pausedUntil: context.settings().pausedUntil,
    storageError: problem ?? null,
    recordedPages: await context.db.countFromIndex('activities', 'by-last-active'),
    sync,
  };
}

/** One history message to its handler; the payload type follows the message type. */
function callHistory<K extends HistoryMessage>(
  context: BackgroundContext,
  request: { type: K; payload: Parameters<(typeof historyHandlers)[K]>[1] },
): Promise<ResponseOf<K>> {
  const handler = historyHandlers[request.type] as (
    context: BackgroundContext,
    payload: typeof request.payload,
  ) => Promise<ResponseOf<K>>;
  return handler(context, request.payload);
}
