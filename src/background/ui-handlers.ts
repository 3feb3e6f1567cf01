import type { ParsedRequest, ResponseOf, Status, UiContract } from '../messaging/contract';
import { updateSettings } from '../settings/settings';
import { deleteActivity, listRecentActivities } from '../store/activities-store';
import { liveActiveMs } from '../tracking/engagement';
import type { BackgroundContext } from './background-app';
import { handleAuthRequest } from './auth-handlers';

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
      const list = await listRecentActivities(context.db, request.payload);
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
    case 'set-paused':
      // storage.onChanged carries the change to the tracker, whoever made it.
      await updateSettings(context.storage, { paused: request.payload.paused });
      return { ...(await status(context)), paused: request.payload.paused };
    case 'get-settings':
      return context.settings();
    case 'update-settings':
      return updateSettings(context.storage, request.payload.patch);
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
  return {
    paused: context.settings().paused,
    recordedPages: await context.db.countFromIndex('activities', 'by-last-active'),
    sync,
  };
}
