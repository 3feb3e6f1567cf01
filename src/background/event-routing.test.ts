import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../settings/settings';
import type { TrackerEvent } from '../tracking/engagement-types';
import type { BackgroundContext } from './context';
import { createEventRouter } from './event-routing';
import { SYNC_ALARM } from '../sync/sync-runner';
import { TICK_ALARM } from './tick-alarm';
import { RELAY_ALARM } from '../organisation/relay-runner';
import { openTimelineDb } from '../store/db';
import { saveSyncStatus } from '../sync/outbox-store';
import { listParked } from '../sync/parked-writes';
import { eventRouterFixture } from './testing/event-router-fixture';

const NONE = -1;
const db = await openTimelineDb('event-routing');

const { parkOnePage, setUp } = eventRouterFixture(db, NONE);

type Router = ReturnType<typeof setUp>['router'];

const alarm = (name: string) => ({ name, scheduledTime: 0 });

describe('event routing', () => {
  it('runs the organisation relay on its alarm and when back online, and hands it storage changes', async () => {
    const { router, organisation, sync } = setUp();
    await router.onAlarm(alarm(RELAY_ALARM));
    expect(organisation.runner.run).toHaveBeenCalledTimes(1);
    expect(sync.run).not.toHaveBeenCalled();
    await router.onOnline();
    expect(organisation.runner.run).toHaveBeenCalledTimes(2);
    await router.onStorageChanged({ relayUrl: { newValue: 'https://relay.test' } }, 'managed');
    expect(organisation.onStorageChanged).toHaveBeenCalledWith(['relayUrl'], 'managed');
  });

  it.each<[string, (r: ReturnType<typeof setUp>['router']) => Promise<void>, TrackerEvent[]]>([
    [
      'tab activated',
      (r) => r.onTabActivated({ tabId: 2, windowId: 1 }),
      [{ type: 'tab-activated', tabId: 2, windowId: 1 }],
    ],
    ['tab removed', (r) => r.onTabRemoved(2), [{ type: 'tab-removed', tabId: 2 }]],
    [
      'tab became audible',
      (r) => r.onTabUpdated(2, { audible: true }),
      [{ type: 'tab-audible', tabId: 2, audible: true }],
    ],
    [
      'tab muted from the tab strip (Chromium: reason user)',
      (r) => r.onTabUpdated(2, { mutedInfo: { muted: true, reason: 'user' } }),
      [{ type: 'tab-muted', tabId: 2, muted: true }],
    ],
    [
      // Firefox reports the mute in the same change as a sound that starts in a muted tab.
      'tab unmuted while it starts making sound (Firefox: both in one change)',
      (r) => r.onTabUpdated(2, { mutedInfo: { muted: false }, audible: true }),
      [
        { type: 'tab-muted', tabId: 2, muted: false },
        { type: 'tab-audible', tabId: 2, audible: true },
      ],
    ],
    ['tab changed something else', (r) => r.onTabUpdated(2, { title: 'x' }), []],
    ['window focused', (r) => r.onWindowFocusChanged(5), [{ type: 'window-focused', windowId: 5 }]],
    ['window removed', (r) => r.onWindowRemoved(5), [{ type: 'window-removed', windowId: 5 }]],
    ['idle', (r) => r.onIdleStateChanged('idle'), [{ type: 'idle-state', state: 'idle' }]],
    ['tick alarm', (r) => r.onAlarm(alarm(TICK_ALARM)), [{ type: 'tick' }]],
    ["someone else's alarm", (r) => r.onAlarm(alarm('other')), []],
  ])('%s', async (_name, act, expected) => {
    const { router, events } = setUp();
    await act(router);
    expect(events).toEqual(expected);
  });

  it.each<[string, (r: Router) => Promise<void>]>([
    ['a tab activated', (r) => r.onTabActivated({ tabId: 2, windowId: 1 })],
    ['a window focused', (r) => r.onWindowFocusChanged(5)],
    ['no window focused', (r) => r.onWindowFocusChanged(NONE)],
    ['idle', (r) => r.onIdleStateChanged('idle')],
  ])('times %s when heard, not once the worker it woke has started', async (_, act) => {
    let clock = 1_000;
    const stamps: (number | undefined)[] = [];
    let started: (context: BackgroundContext) => void = () => undefined;
    const ready = new Promise<BackgroundContext>((resolve) => (started = resolve));
    const router = createEventRouter({
      ready,
      settings: { current: DEFAULT_SETTINGS },
      tickAlarm: { schedule: vi.fn(), fired: vi.fn() },
      setIdleInterval: vi.fn(),
      focusedWindowId: () => Promise.resolve(null),
      noWindowId: NONE,
      syncPauseAlarm: vi.fn(() => Promise.resolve()),
      now: () => clock,
    });
    const heard = act(router);
    // Start-up (opening the database, loading the state) takes a while on a busy machine.
    clock = 1_700;
    started({
      tracker: {
        dispatch: (_event: TrackerEvent, times: { receivedAt?: number }) => {
          stamps.push(times.receivedAt);
          return Promise.resolve();
        },
      },
      session: { get: () => Promise.resolve({}), remove: vi.fn(), set: vi.fn() },
    } as unknown as BackgroundContext);
    await heard;
    expect(stamps).toEqual([1_000]);
  });

  it('believes "no window has focus" only when the browser agrees', async () => {
    const stillFocused = setUp({ focused: 3 });
    await stillFocused.router.onWindowFocusChanged(NONE);
    expect(stillFocused.events).toEqual([{ type: 'window-focused', windowId: 3 }]);
    const away = setUp({ focused: null });
    await away.router.onWindowFocusChanged(NONE);
    expect(away.events).toEqual([{ type: 'window-focused', windowId: null }]);
  });

  it("Firefox's WINDOW_ID_NONE then new window: a late answer to the first never undoes the second", async () => {
    let answer: (id: number | null) => void = () => undefined;
    const lateAnswer = new Promise<number | null>((resolve) => {
      answer = resolve;
    });
    const { router, events } = setUp({ focusedWindowId: () => lateAnswer });
    const none = router.onWindowFocusChanged(NONE);
    await router.onWindowFocusChanged(7);
    answer(null); // Taken while no window had focus, between the two events.
    await none;
    expect(events).toEqual([{ type: 'window-focused', windowId: 7 }]);
  });

  it('forgets the tick alarm once it fired, so the next one is set again', async () => {
    const { router, tickAlarm } = setUp();
    await router.onAlarm(alarm(TICK_ALARM));
    expect(tickAlarm.fired).toHaveBeenCalledOnce();
  });

  it('runs a sync pass on the sync alarm and when back online', async () => {
    const { router, sync, events } = setUp();
    await router.onAlarm(alarm(SYNC_ALARM));
    await router.onOnline();
    expect(sync.run).toHaveBeenCalledTimes(2);
    expect(events).toEqual([]);
  });

  it('passes changed settings to the tracker and to chrome.idle', async () => {
    const { router, events, setIdleInterval, settings, badge } = setUp();
    const next = { ...DEFAULT_SETTINGS, paused: true, idleThresholdSec: 120 };
    await router.onStorageChanged({ [SETTINGS_KEY]: { newValue: next } }, 'local');
    expect(settings.current).toEqual(next);
    expect(events).toEqual([{ type: 'paused', paused: true }]);
    expect(setIdleInterval).toHaveBeenCalledWith(120);
    expect(badge.show).toHaveBeenCalledOnce();
  });

  it('ends the reading of every tab showing a site just excluded (F-track-4)', async () => {
    const tab = (url: string) => ({
      windowId: 1,
      page: { appActivityId: url, url },
      visible: true,
      audible: false,
      mediaPlaying: false,
      lastEvidenceAt: 0,
    });
    const tabs = {
      '2': tab('https://mail.bank.example/inbox'),
      '3': tab('https://news.example/story'),
      '4': { ...tab('https://x.test/'), page: null },
    };
    const { router, events } = setUp({ tabs });
    const next = { ...DEFAULT_SETTINGS, excludedSites: ['bank.example'] };
    await router.onStorageChanged({ [SETTINGS_KEY]: { newValue: next } }, 'local');
    expect(events).toEqual([{ type: 'page-left', tabId: 2 }]);
  });

  it.each([
    ['a new version', (r: Router) => r.onInstalled({ reason: 'update' })],
    [
      'changed settings',
      (r: Router) =>
        r.onStorageChanged(
          { [SETTINGS_KEY]: { newValue: { ...DEFAULT_SETTINGS, retentionDays: 30 } } },
          'local',
        ),
    ],
  ])('%s sends a refused write again', async (_name, act) => {
    await parkOnePage();
    const { router, sync } = setUp();
    await act(router);
    expect(await listParked(db)).toEqual([]);
    expect(sync.run).toHaveBeenCalledOnce();
  });

  it('turning the resume-position switch off deletes the quotes kept (F-quote-1)', async () => {
    const id = 'https://example.test/quoted';
    const metadata = { url: id, appActivityId: id, title: 'Quoted', type: 'Article' as const };
    const reading = { progress: 40, quote: { textStart: 'the tide turned' }, at: 1, resumeAt: 1 };
    await db.put('activities', {
      appActivityId: id,
      metadata: { ...metadata, authors: [], keywords: [] },
      firstSeenAt: 1,
      lastActiveAt: 2,
      reading,
    });
    const { router } = setUp();
    const off = { ...DEFAULT_SETTINGS, resumePosition: false };
    await router.onStorageChanged({ [SETTINGS_KEY]: { newValue: off } }, 'local');
    // Progress stays (Continue reading still offers the page), the page's words do not.
    expect((await db.get('activities', id))?.reading).toEqual({ progress: 40, at: 1, resumeAt: 1 });
    await db.delete('activities', id);
  });

  it('a new version asks a refused account once more', async () => {
    await db.clear('kv');
    await saveSyncStatus(db, { state: 'account-refused', attempt: 0 });
    const { router, sync } = setUp();
    await router.onInstalled({ reason: 'update' });
    expect(sync.run).toHaveBeenCalledExactlyOnceWith(true);
    await db.clear('kv');
  });

  it('pausing does not retry refused writes, nor does a first install', async () => {
    await parkOnePage();
    const { router, sync } = setUp();
    await router.onStorageChanged(
      { [SETTINGS_KEY]: { newValue: { ...DEFAULT_SETTINGS, paused: true } } },
      'local',
    );
    await router.onInstalled({ reason: 'install' });
    expect(await listParked(db)).toHaveLength(1);
    expect(sync.run).not.toHaveBeenCalled();
  });

  it.each([
    ['another area', { [SETTINGS_KEY]: { newValue: { paused: true } } }, 'session'],
    ['another key', { other: { newValue: 1 } }, 'local'],
  ])('ignores a storage change in %s', async (_name, changes, area) => {
    const { router, events, settings } = setUp();
    await router.onStorageChanged(changes, area);
    expect(events).toEqual([]);
    expect(settings.current).toBe(DEFAULT_SETTINGS);
  });
});
