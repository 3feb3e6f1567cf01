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

export const SYNC_ALARM = 'sync';
export const APP_DISPLAY_NAME = 'Reading Timeline';
/** A short delay after an engagement ends lets several endings share one pass. */
const ENDED_DELAY_MS = 5_000;

export interface SyncRunnerDeps {
  db: Db;
  browser: Browser;
  settings: () => Settings;
  tokens: TokenSource;
}

/**
 * Runs sync passes one at a time, from the `sync` alarm (the only schedule: no timers that keep the
 * worker alive), after reading ends, on "Sync now" and when the browser comes back online.
 */
export function createSyncRunner({ db, browser, settings, tokens }: SyncRunnerDeps) {
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
        config: () => ({
          graphBaseUrl: current.graphBaseUrl,
          budget: { per5Min: current.writeBudgetPer5Min, perDay: current.writeBudgetPer5Min * 80 },
          settleMs: current.continuationGapSec * 1000 + 60_000,
        }),
        buildBody: (metadata) => ({
          ...buildUserActivity(metadata, {
            appDisplayName: APP_DISPLAY_NAME,
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

  async function updateBadge(status: SyncStatus): Promise<void> {
    const { parked } = await countBacklog(db);
    const signIn = status.state === 'sign-in-required';
    await browser.action.setBadgeText({ text: signIn ? '!' : parked > 0 ? String(parked) : '' });
    await browser.action.setBadgeBackgroundColor({ color: signIn ? '#b45309' : '#b91c1c' });
    await browser.action.setTitle({
      title: signIn
        ? 'Reading Timeline: sign in again to keep syncing'
        : parked > 0
          ? `Reading Timeline: ${String(parked)} not accepted by Microsoft Graph`
          : APP_DISPLAY_NAME,
    });
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
  };
}

export type SyncRunner = ReturnType<typeof createSyncRunner>;
