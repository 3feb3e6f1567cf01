import type { Browser } from 'webextension-polyfill';
import { cardLabels } from '../activity/card-labels';
import { loadAuthConfig } from '../auth/config-store';
import type { AuthService } from '../auth/grant';
import { messageLocale, t } from '../i18n/i18n';
import { signedOutTokenSource, type TokenResult, type TokenSource } from '../auth/token-source';
import { noteDeletion } from '../messaging/deletion-note';
import { noteSyncPassEnded } from '../messaging/sync-pass-note';
import { createOrganisationHook } from '../organisation/organisation-hook';
import {
  defaultDeviceLabel,
  deviceGuid,
  newDeviceNode,
  withDeviceLabel,
} from '../devices/device-id';
import { createDevicesHook, deviceIdentity } from '../devices/devices-hook';
import { loadSettings, type Settings } from '../settings/settings';
import { openTimelineDb } from '../store/db';
import { loadClosedTab } from '../store/tracker-store';
import { countBacklog, loadSyncStatus } from '../sync/outbox-store';
import { createSyncRunner } from '../sync/sync-runner';
import { createBrowserState, snapshotEvent } from './browser-state';
import { LeftReads } from './snapshot/left-reads';
import { createSnapshotReader } from './snapshot/snapshot-host';
import { fetchBlobText } from './snapshot/sent-snapshot';
import type { BackgroundContext } from './context';
import { RETENTION_ALARM } from './retention';
import { createDeletionRunner } from './deletion-runner';
import { syncPauseAlarm } from './pause-alarm';
import { isNeverRecordedUrl } from './may-read';
import { createPendingResumeStore } from './pending-resume-store';
import { STORAGE_PROBLEM_KEY } from './storage-problem';
import { createToolbarBadge } from './toolbar-badge';
import type { TickAlarm } from './tick-alarm';
import { TrackerRuntime } from './tracker-runtime';
import { sweepNeverRecorded } from './url-sweep';
import { fillSiteLabels } from '../store/site-labels';

/** Present in storage.session for the life of the browser: absent means the browser (re)started. */
export const SESSION_MARK = 'browser-session-started';

/** How the worker signs in and which database it opens: replaceable for the sandbox and tests. */
export interface BackgroundOptions {
  /** Where sync gets access tokens (the sign-in module); signed out when absent. */
  tokens?: TokenSource;
  auth?: AuthService;
  /** Tokens for another API's scope (the organisation relay's), from the same sign-in. */
  tokenFor?: (scope: string, options: { forceRefresh: boolean }) => Promise<TokenResult>;
  /** The database name; the product's by default. */
  dbName?: string;
}

/** The settings the worker acts on: read at start-up, replaced on every storage change. */
export interface SettingsCell {
  current: Settings;
}

/**
 * What start-up is given: the browser's APIs, the options, and the settings and tick alarm it
 * fills.
 */
export interface StartUpDeps {
  browser: Browser;
  options: BackgroundOptions;
  settings: SettingsCell;
  tickAlarm: TickAlarm;
}

/**
 * Everything slow the worker does once per start: open the database, read settings, restore the
 * tracker, and, on the first start of a browser session, tell the tracker what the browser shows
 * and ask for a sync pass; apply deletions due, and sweep pages today's never-record rules refuse
 * (once per version of them, url-sweep.ts). Idempotent across worker restarts within a session.
 */
export async function startBackground({
  browser,
  options,
  settings,
  tickAlarm,
}: StartUpDeps): Promise<BackgroundContext> {
  const db = await openTimelineDb(options.dbName);
  settings.current = await loadSettings(browser.storage.local);
  const random = (length: number): Uint8Array => crypto.getRandomValues(new Uint8Array(length));
  const identity = () =>
    deviceIdentity(
      db,
      () => {
        const node = newDeviceNode(random);
        return { node, label: defaultDeviceLabel(navigator.userAgent, node) };
      },
      // The user's name for it, else the default (which older installs had without the suffix).
      (stored) => withDeviceLabel(stored, settings.current.deviceName, navigator.userAgent),
    );
  // Every engagement recorded here carries this device's node in its GUID (devices/device-id.ts).
  const { node } = await identity();
  browser.idle.setDetectionInterval(settings.current.idleThresholdSec);
  const badge = createToolbarBadge({
    action: browser.action,
    settings: () => settings.current,
    storageFull: async () =>
      (await browser.storage.session.get(STORAGE_PROBLEM_KEY))[STORAGE_PROBLEM_KEY] !== undefined,
    syncState: async () => ({
      status: await loadSyncStatus(db),
      parked: (await countBacklog(db)).parked,
    }),
  });
  const deletions = createDeletionRunner({
    db,
    alarms: browser.alarms,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    afterApply: (alsoTimeline) => {
      if (alsoTimeline) void sync.run().catch(() => undefined);
    },
    forgetReadings: async (deleted) => {
      await tracker.dispatch({ type: 'engagements-deleted', deleted });
    },
    // Open history pages and the popup follow what is hidden, back or gone.
    changed: (note) => noteDeletion(browser.storage.session, note),
  });
  const sync = createSyncRunner({
    db,
    alarms: browser.alarms,
    settings: () => settings.current,
    tokens: options.tokens ?? signedOutTokenSource,
    holdBack: async () => {
      const effects = await deletions.effects();
      return effects && ((activity) => effects(activity.record, activity.items) !== 'none');
    },
    cardLabels: () => cardLabels(t, messageLocale()),
    beforePass: createDevicesHook({
      db,
      settings: () => settings.current,
      tokens: options.tokens ?? signedOutTokenSource,
      identity,
      neverRecorded: async () => {
        const auth = await loadAuthConfig(browser.storage.local);
        return (url) => isNeverRecordedUrl(url, auth);
      },
      // A marker pulled may have deleted what the tracker holds (devices/pull-store.ts).
      onResult: ({ reads }) => {
        if (reads > 0) void tracker.hearDeletedReadings().catch(() => undefined);
      },
    }),
    onPassEnd: async (status, { parked }) => {
      await badge.show({ status, parked });
      // The options page's account card follows sync as the popup's line does.
      await noteSyncPassEnded(browser.storage.session, Date.now());
    },
  });
  const organisation = await createOrganisationHook({
    db,
    alarms: browser.alarms,
    local: browser.storage.local,
    managed: browser.storage.managed,
    settings: () => settings.current,
    token: options.tokenFor ?? (() => Promise.resolve({ kind: 'signed-out' })),
  });
  const tracker = await TrackerRuntime.start({
    db,
    now: () => Date.now(),
    newId: () => deviceGuid(node, random),
    settings: () => settings.current,
    timezone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    scheduleTick: (at) => tickAlarm.schedule(at),
    relayReads: (effects, at) => organisation.relayReads(effects, at),
    afterCommit: async (effects) => {
      await sync.poke(effects.some((e) => e.type === 'engagement-ended'));
      await organisation.afterCommit(effects);
    },
    // A commit queues relay reads by the policy's rules: none before the policy is known.
    notBefore: organisation.policyRead,
  });
  // From here on the tracker's events are queued, not awaited: they are applied in order, ahead of
  // anything a handler dispatches once the worker is ready, but only once the policy is read,
  // which after a browser start takes seconds (organisation-hook.ts) that no popup should wait.
  const session = await browser.storage.session.get(SESSION_MARK);
  if (session[SESSION_MARK] !== true) {
    // Where the last run's worker heard the tab being read close, if a quit lost that transition.
    const closedTab = await loadClosedTab(db);
    const snapshot = await snapshotEvent(browser, settings.current.idleThresholdSec);
    const started = Promise.all([
      tracker.dispatch({ type: 'browser-started', ...(closedTab ? { closedTab } : {}) }),
      tracker.dispatch(snapshot),
    ]);
    // Marked once both are applied: a worker stopped before then tells the tracker again.
    void started
      .then(async () => {
        await browser.storage.session.set({ [SESSION_MARK]: true });
        // Whatever waited when the browser closed goes out soon after it starts.
        await sync.poke(false);
        await organisation.runner.poke();
      })
      .catch(() => undefined);
  }
  // Once a day, whatever else wakes the worker; created once so restarts do not postpone it.
  if (!(await browser.alarms.get(RETENTION_ALARM))) {
    await browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  }
  if (tracker.current.paused !== settings.current.paused) {
    // A failure leaves them apart: the next start compares them again.
    void tracker
      .dispatch({ type: 'paused', paused: settings.current.paused })
      .catch(() => undefined);
  }
  // A timed pause that ran out while the browser was closed ends now; one still running keeps
  // its alarm. Deletions whose undo window passed while the worker was stopped are applied.
  await syncPauseAlarm(settings.current, {
    alarms: browser.alarms,
    storage: browser.storage.local,
  });
  await deletions.applyDue();
  // What an older version recorded that today's rules never record goes, once per version of
  // those rules (url-sweep.ts). A failure (a full disk) never stops the worker: it tries again at
  // its next start.
  await sweepNeverRecorded({
    db,
    storage: browser.storage.local,
    auth: () => loadAuthConfig(browser.storage.local),
    deletions,
  }).catch(() => undefined);
  await badge.show();
  // Pages from before DB version 12 get their site label and host key a small batch at a time,
  // never holding up a first screen; the Site filter's count and a deletion by site read every
  // page as before until they have (site-labels.ts).
  void fillSiteLabels(db).catch(() => undefined);
  return {
    db,
    tracker,
    sync,
    organisation,
    badge,
    deletions,
    settings: () => settings.current,
    storage: browser.storage.local,
    session: browser.storage.session,
    browserState: createBrowserState(browser),
    pendingResumes: createPendingResumeStore(browser.storage.session),
    snapshots: createSnapshotReader(),
    blobText: fetchBlobText,
    leftReads: new LeftReads(),
    ...(options.auth ? { auth: options.auth } : {}),
  };
}
