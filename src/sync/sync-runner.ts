import { fnv1a64 } from '../activity/activity-id';
import type { CardLabels } from '../activity/card-labels';
import type { PageMetadata } from '../activity/page-metadata';
import type { ReadingPosition } from '../activity/text-fragment';
import { APP_DISPLAY_NAME, buildUserActivity } from '../activity/user-activity';
import type { TokenSource } from '../auth/token-source';
import type { SyncOverview } from '../messaging/contract';
import type { Settings } from '../settings/settings';
import type { Db } from '../store/db';
import { countBacklog, loadSyncStatus } from './outbox-store';
import { runSyncPass } from './sync-engine';
import type { PendingActivity } from './sync-writes';
import { passDueAfterChange, syncScheduleFrom } from './sync-schedule';
import { blockedUntil, type SyncStatus } from './sync-status';

/** The sync pass's one alarm, by name. */
export const SYNC_ALARM = 'sync';
/** Chrome fires no alarm sooner than this after it is set. */
const ALARM_FLOOR_MS = 1_000;

/** The part of `browser.alarms` the runner uses: one one-shot alarm, by name. */
export interface AlarmPort {
  get(name: string): Promise<{ scheduledTime: number } | undefined>;
  create(name: string, info: { when: number }): Promise<void>;
  clear(name: string): Promise<unknown>;
}

/**
 * What the sync runner is given: the database, its alarm, the settings and tokens, the hooks around
 * a pass (read back before, hold back, report after), and for tests the clock (epoch ms),
 * randomness, fetch.
 */
export interface SyncRunnerDeps {
  db: Db;
  alarms: AlarmPort;
  settings: () => Settings;
  tokens: TokenSource;
  /** Pages a pending deletion covers: not sent until it is applied or undone. */
  holdBack?: () => Promise<((activity: PendingActivity) => boolean) | null>;
  /** Told after every pass, with what waits and what Graph refused (the toolbar badge). */
  onPassEnd?: (status: SyncStatus, backlog: { pending: number; parked: number }) => Promise<void>;
  now?: () => number;
  random?: () => number;
  /** The card's words in the user's language (the worker's catalog); English when absent. */
  cardLabels?: () => CardLabels;
  /** IANA zone sent as the activity's `userTimezone`; the browser's by default. */
  timezone?: () => string;
  fetch?: typeof fetch;
  /**
   * Runs before every pass (reading back from other devices, src/devices/): returns when it wants
   * the next pass (null: no need), which the alarm honours besides the sync's own time.
   */
  beforePass?: (force: boolean) => Promise<number | null>;
}

/**
 * Runs sync passes one at a time, from the `sync` alarm (the only schedule: no timers that keep the
 * worker alive), after reading ends, on "Sync now" and when the browser comes back online. Takes
 * narrow ports, so the benchmark runs exactly this scheduling on a simulated clock.
 */
/**
 * The user activity a pass PUTs for a page (`buildUserActivity`), with what the user's settings
 * let leave the device: description, image and authors by their switches, and the quote where the
 * reader stopped only with the resume-position switch (it is page text).
 */
export function activityBody(
  metadata: PageMetadata,
  reading: ReadingPosition | undefined,
  options: {
    settings: Pick<Settings, 'resumePosition' | 'sendDescription' | 'sendImage' | 'sendAuthors'>;
    /** IANA zone sent as `userTimezone`. */
    timezone: string;
    labels?: CardLabels;
  },
): Record<string, unknown> {
  const { settings } = options;
  return {
    ...buildUserActivity(metadata, {
      ...(settings.resumePosition && reading?.quote ? { resumeAt: reading.quote } : {}),
      appDisplayName: APP_DISPLAY_NAME,
      ...(options.labels ? { labels: options.labels } : {}),
      userTimezone: options.timezone,
      include: {
        description: settings.sendDescription,
        image: settings.sendImage,
        authors: settings.sendAuthors,
      },
    }),
  };
}

/**
 * The sync pass and its one alarm: `run()` reads back (`beforePass`), sends the backlog to Graph
 * (runSyncPass: planner, write budget, parking of writes Graph refuses for good) and schedules the
 * next pass; a call during a pass joins it, but Sync now during an unforced pass queues a forced
 * one after it. `poke()` after a change, `overview()` for the popup.
 */
export function createSyncRunner(deps: SyncRunnerDeps) {
  const { db, alarms, settings } = deps;
  const now = deps.now ?? (() => Date.now());
  const timezone = deps.timezone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  let running: Promise<SyncStatus> | null = null;
  /** Whether the pass `running` stands for is forced (Sync now) or queues one that is. */
  let runningForced = false;
  /** When the last `beforePass` wants the next pass (kept by the alarm once set). */
  let wantedByHook: number | null = null;

  async function schedule(sync: number | null): Promise<void> {
    const at =
      sync === null || wantedByHook === null
        ? (sync ?? wantedByHook)
        : Math.min(sync, wantedByHook);
    if (at === null) await alarms.clear(SYNC_ALARM);
    else await alarms.create(SYNC_ALARM, { when: Math.max(at, now() + ALARM_FLOOR_MS) });
  }

  const buildBody = (metadata: PageMetadata, reading?: ReadingPosition) =>
    activityBody(metadata, reading, {
      settings: settings(),
      timezone: timezone(),
      ...(deps.cardLabels ? { labels: deps.cardLabels() } : {}),
    });

  async function pass(force: boolean): Promise<SyncStatus> {
    // Read back first: a page deleted on another device is then not published again from here.
    // An account Graph refused as a whole is not read either until the user asks (Sync now):
    // reads would only be refused again, pass after pass.
    const held = blockedUntil(await loadSyncStatus(db), force) === Number.POSITIVE_INFINITY;
    wantedByHook = deps.beforePass && !held ? await deps.beforePass(force) : null;
    const status = await runSyncPass(
      {
        db,
        tokens: deps.tokens,
        schedule,
        hash: fnv1a64,
        now,
        config: () => {
          const current = settings();
          const { budget, settleMs } = syncScheduleFrom(current);
          return { graphBaseUrl: current.graphBaseUrl, budget, settleMs };
        },
        buildBody,
        ...(deps.holdBack ? { holdBack: deps.holdBack } : {}),
        ...(deps.random ? { random: deps.random } : {}),
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
      },
      { force },
    );
    await deps.onPassEnd?.(status, await countBacklog(db));
    return status;
  }

  return {
    /**
     * Runs a pass now, or joins the one under way. A forced call (Sync now) finding an unforced
     * pass under way queues one forced pass after it: joining would skip what only force sends
     * (engagements still settling, a backoff). At most one pass waits.
     */
    run(force = false): Promise<SyncStatus> {
      if (running && (runningForced || !force)) return running;
      const before = running;
      const next: Promise<SyncStatus> = (
        before ? before.catch(() => undefined).then(() => pass(force)) : pass(force)
      ).finally(() => {
        if (running === next) {
          running = null;
          runningForced = false;
        }
      });
      running = next;
      runningForced = force;
      return next;
    },

    /**
     * Something changed: make sure a pass runs soon after an engagement ended, or once a changed
     * one has settled. Never postpones a pass already due sooner.
     */
    async poke(ended: boolean): Promise<void> {
      const wanted = passDueAfterChange(now(), ended, syncScheduleFrom(settings()));
      const existing = await alarms.get(SYNC_ALARM);
      if (!existing || existing.scheduledTime > wanted) await schedule(wanted);
    },

    /** Sync as the popup shows it: the persisted status with the backlog's counts. */
    async overview(): Promise<SyncOverview> {
      const [status, backlog] = await Promise.all([loadSyncStatus(db), countBacklog(db)]);
      return { ...status, ...backlog };
    },
  };
}

/**
 * Graph sync passes (createSyncRunner): `run` one now, `poke` after a change, `overview` for the
 * UI.
 */
export type SyncRunner = ReturnType<typeof createSyncRunner>;
