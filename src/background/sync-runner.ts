import type { Browser } from 'webextension-polyfill';
import { fnv1a64 } from '../activity/activity-id';
import { buildUserActivity } from '../activity/user-activity';
import type { TokenSource } from '../auth/token-source';
import type { SyncOverview } from '../messaging/contract';
import type { Settings } from '../settings/settings';
import type { Db } from '../store/db';
import { countBacklog, loadSyncStatus } from '../store/sync-store';
import { runSyncPass } from '../sync/sync-engine';
import type { SyncStatus } from '../sync/sync-status';
import type { PendingActivity } from '../sync/sync-planner';
import { badgeFor } from './badge';
import { messageLocale, t } from '../i18n/i18n';
import { cardLabels } from '../activity/card-labels';

export const SYNC_ALARM = 'sync';
export const APP_DISPLAY_NAME = 'Reading Timeline';
/** A short delay after an engagement ends lets several endings share one pass. */
const ENDED_DELAY_MS = 5_000;

export interface SyncRunnerDeps {
  db: Db;
  browser: Browser;
  settings: () => Settings;
  tokens: TokenSource;
  /** Pages a pending deletion covers: not sent until it is applied or undone. */
  holdBack?: () => Promise<((activity: PendingActivity) => boolean) | null>;
  /** Whether the browser last refused a write for lack of space (shown on the icon). */
  storageFull?: () => Promise<boolean>;
}

/**
 * Runs sync passes one at a time, from the `sync` alarm (the only schedule: no timers that keep the
 * worker alive), after reading ends, on "Sync now" and when the browser comes back online.
 */
export function createSyncRunner({
  db,
  browser,
  settings,
  tokens,
  holdBack,
  storageFull,
}: SyncRunnerDeps) {
  let running: Promise<SyncStatus> | null = null;

  async function schedule(at: number | null): Promise<void> {
    if (at === null) await browser.alarms.clear(SYNC_ALARM);
    else await browser.alarms.create(SYNC_ALARM, { when: Math.max(at, Date.now() + 1_000) });
  }

  async function pass(force: boolean): Promise<SyncStatus> {
    const current = settings();
    const status = await runSyncPass(
      {
        db,
        tokens,
        schedule,
        hash: fnv1a64,
        ...(holdBack ? { holdBack } : {}),
        config: () => ({
          graphBaseUrl: current.graphBaseUrl,
          budget: { per5Min: current.writeBudgetPer5Min, perDay: current.writeBudgetPer5Min * 80 },
          settleMs: current.continuationGapSec * 1000 + 60_000,
        }),
        buildBody: (metadata) => ({
          ...buildUserActivity(metadata, {
            appDisplayName: APP_DISPLAY_NAME,
            labels: cardLabels(t, messageLocale()),
            userTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
            include: {
              description: current.sendDescription,
              image: current.sendImage,
              authors: current.sendAuthors,
            },
          }),
        }),
      },
      { force },
    );
    await updateBadge(status);
    return status;
  }

  async function overview(): Promise<SyncOverview> {
    const [status, backlog] = await Promise.all([loadSyncStatus(db), countBacklog(db)]);
    return { ...status, ...backlog };
  }

  /** The toolbar icon: pause, sync trouble and storage trouble, one badge (see badge.ts). */
  async function updateBadge(known?: SyncStatus): Promise<void> {
    const status = known ?? (await loadSyncStatus(db));
    const { parked } = await countBacklog(db);
    const current = settings();
    const badge = badgeFor(
      {
        paused: current.paused,
        pausedUntil: current.pausedUntil,
        signInRequired: status.state === 'sign-in-required',
        parked,
        storageFull: (await storageFull?.()) ?? false,
      },
      (at) =>
        new Date(at).toLocaleString(messageLocale(), { dateStyle: 'short', timeStyle: 'short' }),
    );
    await browser.action.setBadgeText({ text: badge.text });
    await browser.action.setBadgeBackgroundColor({ color: badge.color });
    await browser.action.setTitle({ title: badge.title });
  }

  return {
    /** Runs a pass now, or joins the one under way. */
    run(force = false): Promise<SyncStatus> {
      running ??= pass(force).finally(() => {
        running = null;
      });
      return running;
    },

    /**
     * Something changed: make sure a pass runs soon after an engagement ended, or once a changed
     * one has settled.
     */
    async poke(ended: boolean): Promise<void> {
      const settleMs = settings().continuationGapSec * 1000 + 60_000;
      const wanted = Date.now() + (ended ? ENDED_DELAY_MS : settleMs + 1_000);
      const existing = await browser.alarms.get(SYNC_ALARM);
      if (!existing || existing.scheduledTime > wanted) await schedule(wanted);
    },

    overview,
    /** Redraws the toolbar badge (after a pause, resume or storage problem). */
    updateBadge: () => updateBadge(),
  };
}

export type SyncRunner = ReturnType<typeof createSyncRunner>;
