import { describe, expect, it } from 'vitest';
import type { PageMetadata } from '../activity/page-metadata';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { openTimelineDb } from '../store/db';
import type { TrackerEvent } from '../tracking/engagement-types';
import { AUTH_CONFIG_KEY } from '../auth/config-store';
import { scrollToPositionCommand } from '../messaging/page-commands';
import { contentHandlers } from './content-handlers';
import { createPendingResumeStore } from './pending-resume-store';
import type { PageContext } from './context';

let dbCount = 0;
const metadata: PageMetadata = {
  url: 'https://news.example/story',
  appActivityId: 'https://news.example/story',
  title: 'Story',
  type: 'Article',
  authors: [],
  keywords: [],
};
const page = { tabId: 9, windowId: 2, tabActive: true, url: 'https://news.example/story?x=1' };

async function setUp(
  settings: Partial<Settings> = {},
  idle: 'idle' | 'active' = 'active',
  tabTitle: string | undefined = 'Tides and the Moon',
) {
  const db = await openTimelineDb(`content-handlers-${String(++dbCount)}`);
  const events: TrackerEvent[] = [];
  /** The times each event was dispatched with (receivedAt, the sender's occurredAt). */
  const times: { receivedAt?: number; occurredAt?: number }[] = [];
  const sent: { tabId: number; message: unknown }[] = [];
  const framesInjected: number[] = [];
  const stored: Record<string, unknown> = {};
  const pendingResumes = createPendingResumeStore({
    get: () => Promise.resolve({ ...stored }),
    set: (items) => Promise.resolve(void Object.assign(stored, items)),
  });
  const context = {
    db,
    page,
    settings: () => ({ ...DEFAULT_SETTINGS, ...settings }),
    tracker: {
      current: { idle, engagements: {} },
      dispatch: (event: TrackerEvent, at: { receivedAt?: number; occurredAt?: number } = {}) => {
        events.push(event);
        times.push(at);
        return Promise.resolve();
      },
    },
    session: { get: () => Promise.resolve({}) },
    badge: { show: () => Promise.resolve() },
    // The sign-in provider configured in the options: the local sandbox's.
    storage: {
      get: () =>
        Promise.resolve({
          [AUTH_CONFIG_KEY]: { clientId: 'c', tenant: 'https://127.0.0.1:8443/oidc' },
        }),
    },
    browserState: {
      queryIdle: () => Promise.resolve('active'),
      windowFocus: (windowId: number) => Promise.resolve({ windowId, focused: true }),
      tabTitle: () => Promise.resolve(tabTitle),
      sendToTab: (tabId: number, message: unknown) =>
        Promise.resolve(sent.push({ tabId, message }) > 0),
      injectFramePresence: (tabId: number) => Promise.resolve(void framesInjected.push(tabId)),
    },
    pendingResumes,
  } as unknown as PageContext;
  return { context, events, times, db, sent, framesInjected };
}

describe('content handlers', () => {
  it('records a page and starts tracking it', async () => {
    const { context, events, db } = await setUp({ idleThresholdSec: 90 });
    const reply = await contentHandlers['page-loaded'](context, { metadata, visible: true });
    expect(reply).toMatchObject({ tracked: true, idleThresholdSec: 90 });
    expect((await db.get('activities', metadata.appActivityId))?.metadata.title).toBe('Story');
    expect(events).toEqual([
      {
        type: 'page-loaded',
        tabId: 9,
        windowId: 2,
        visible: true,
        tabActive: true,
        // Loaded at ?x=1, which the page's canonical URL leaves off: its positions come from there.
        page: {
          appActivityId: metadata.appActivityId,
          url: metadata.url,
          address: 'https://news.example/story?x=1',
        },
        focus: { windowId: 2, focused: true },
      },
    ]);
  });

  it.each<[string, Partial<Settings>]>([
    ['while paused', { paused: true }],
    ["on an excluded site (the page's own URL)", { excludedSites: ['news.example'] }],
  ])('records nothing %s', async (_name, settings) => {
    const { context, events, db } = await setUp(settings);
    const reply = await contentHandlers['page-loaded'](context, { metadata, visible: true });
    expect(reply.tracked).toBe(false);
    expect(events).toEqual([]);
    expect(await db.count('activities')).toBe(0);
  });

  it.each([
    ['the page it was opened for: scrolled there, once', metadata.appActivityId, 1],
    ['another page (navigated elsewhere): left alone', 'https://news.example/other', 0],
  ])('a tab opened to resume a page, reporting %s', async (_case, opened, scrolls) => {
    const { context, sent } = await setUp();
    const position = { progress: 40, quote: { textStart: 'the tide turned' } };
    await context.pendingResumes.remember(page.tabId, opened, position);
    await contentHandlers['page-loaded'](context, { metadata, visible: true });
    await contentHandlers['page-loaded'](context, { metadata, visible: true });
    expect(sent).toEqual(
      Array.from({ length: scrolls }, () => ({
        tabId: page.tabId,
        message: scrollToPositionCommand(position, { onlyFromTop: true }),
      })),
    );
  });

  it('records nothing when the address the page claims is excluded', async () => {
    const { context, events } = await setUp({ excludedSites: ['claimed.example'] });
    const claimed = { ...metadata, url: 'https://claimed.example/a' };
    const reply = await contentHandlers['page-loaded'](context, {
      metadata: claimed,
      visible: true,
    });
    expect(reply.tracked).toBe(false);
    expect(events).toEqual([]);
  });

  it('brings the reader back from idle on input, before the signal', async () => {
    const { context, events } = await setUp({}, 'idle');
    await contentHandlers['page-signal'](context, { visible: true, mediaPlaying: false });
    expect(events).toEqual([
      { type: 'idle-state', state: 'active' },
      {
        type: 'page-signal',
        tabId: 9,
        visible: true,
        mediaPlaying: false,
        focus: { windowId: 2, focused: true },
      },
    ]);
  });

  it('never records a URL that is only a credential', async () => {
    const { context, events, db } = await setUp();
    context.page = { ...page, url: 'https://login.example/callback?code=abc&state=xyz' };
    const reply = await contentHandlers['page-loaded'](context, { metadata, visible: true });
    expect(reply.tracked).toBe(false);
    expect(events).toEqual([]);
    expect(await db.count('activities')).toBe(0);
  });

  it('never records a page of the sign-in provider the extension opens', async () => {
    const { context, events, db } = await setUp();
    context.page = { ...page, url: 'https://127.0.0.1:8443/interaction/x1' };
    const reply = await contentHandlers['page-loaded'](context, { metadata, visible: true });
    expect(reply.tracked).toBe(false);
    expect(events).toEqual([]);
    expect(await db.count('activities')).toBe(0);
  });

  it.each<[string, boolean | undefined, boolean, { windowId: number; focused: boolean } | null]>([
    ['focused by both', true, true, { windowId: 2, focused: true }],
    ['left for another application', false, false, { windowId: 2, focused: false }],
    // Firefox still calls the window focused right after its page lost focus to another window.
    ['blurred while the browser has not caught up', false, true, null],
    ['focused while the browser has not caught up', true, false, null],
    ['from a page that says nothing of its focus', undefined, true, { windowId: 2, focused: true }],
  ])(
    'reports the window focus on a signal %s',
    async (_name, pageFocused, windowFocused, expected) => {
      const { context, events } = await setUp();
      context.browserState.windowFocus = (windowId) =>
        Promise.resolve({ windowId, focused: windowFocused });
      await contentHandlers['page-signal'](context, {
        visible: true,
        mediaPlaying: false,
        ...(pageFocused === undefined ? {} : { focused: pageFocused }),
      });
      expect(events).toHaveLength(1);
      expect(events[0]).toEqual({
        type: 'page-signal',
        tabId: 9,
        visible: true,
        mediaPlaying: false,
        ...(expected ? { focus: expected } : {}),
      });
    },
  );

  it('names a document in the PDF viewer by the title the tab shows', async () => {
    const { context, db } = await setUp();
    const pdf = { ...metadata, title: 'news.example/story' };
    await contentHandlers['page-loaded'](context, { metadata: pdf, visible: true, viewer: true });
    expect((await db.get('activities', metadata.appActivityId))?.metadata.title).toBe(
      'Tides and the Moon',
    );
  });

  it.each([
    ['a page the content script can read', false, 'Tides and the Moon'],
    ['a tab title that is only the address', true, 'story?x=1'],
  ])('keeps the title the page gave for %s', async (_name, viewer, tabTitle) => {
    const { context, db } = await setUp({}, 'active', tabTitle);
    await contentHandlers['page-loaded'](context, { metadata, visible: true, viewer });
    expect((await db.get('activities', metadata.appActivityId))?.metadata.title).toBe('Story');
  });

  it('passes on how long the page had been read when it reported, and that media plays', async () => {
    const { context, events } = await setUp();
    await contentHandlers['page-loaded'](context, {
      metadata,
      visible: true,
      attendedMs: 4200,
      mediaPlaying: true,
    });
    expect(events).toMatchObject([{ type: 'page-loaded', attendedMs: 4200, mediaPlaying: true }]);
  });

  // The report may take a while to reach a busy or starting worker: the time read counts back from
  // when the page measured it, not from when the worker heard of it (issue #13).
  it('dispatches a report at the moment the page measured how long it had been read', async () => {
    const { context, events, times } = await setUp();
    const heard = { ...context, receivedAt: 1_700_000_000_400 };
    await contentHandlers['page-loaded'](heard, {
      metadata,
      visible: true,
      attendedMs: 4_000,
      at: 1_700_000_000_000,
    });
    expect(events).toMatchObject([{ type: 'page-loaded', attendedMs: 4_000 }]);
    expect(times).toEqual([{ receivedAt: 1_700_000_000_400, occurredAt: 1_700_000_000_000 }]);
  });

  it('credits presence in a subframe to its tab, back from idle first', async () => {
    const { context, events } = await setUp({}, 'idle');
    await contentHandlers['frame-signal'](context, { mediaPlaying: true });
    expect(events).toEqual([
      { type: 'idle-state', state: 'active' },
      { type: 'frame-signal', tabId: 9, windowId: 2, mediaPlaying: true },
    ]);
  });

  // A page or player frozen with the machine says when it last saw the reader: dropped here, the
  // tracker would lose everything watched since the last heartbeat before the freeze (issue #13).
  it.each<[string, (context: PageContext) => Promise<null>]>([
    [
      'page-signal',
      (context) =>
        contentHandlers['page-signal'](context, {
          visible: true,
          mediaPlaying: true,
          presentUntil: 1_700_000_000_000,
          resumedAt: 1_700_000_060_000,
        }),
    ],
    [
      'frame-signal',
      (context) =>
        contentHandlers['frame-signal'](context, {
          mediaPlaying: true,
          presentUntil: 1_700_000_000_000,
          resumedAt: 1_700_000_060_000,
        }),
    ],
  ])('passes on when a frozen %s last saw the reader and ran again', async (type, send) => {
    const { context, events } = await setUp();
    await send(context);
    expect(events).toMatchObject([
      { type, tabId: 9, presentUntil: 1_700_000_000_000, resumedAt: 1_700_000_060_000 },
    ]);
  });

  it.each<[string, { tracking: boolean; paused: boolean }, number[]]>([
    ['into the page the tab is tracking', { tracking: true, paused: false }, [9]],
    [
      'never into a tab tracking no page (declined, excluded)',
      { tracking: false, paused: false },
      [],
    ],
    ['never while recording is paused', { tracking: true, paused: true }, []],
  ])('injects frame presence when a frame loaded: %s', async (_, state, injected) => {
    const { context, framesInjected } = await setUp();
    Object.assign(context.tracker.current, {
      paused: state.paused,
      tabs: state.tracking ? { '9': { page: { appActivityId: metadata.appActivityId } } } : {},
    });
    expect(await contentHandlers['frames-loaded'](context, {})).toBeNull();
    expect(framesInjected).toEqual(injected);
  });

  it('ends tracking when the page is left', async () => {
    const { context, events } = await setUp();
    expect(await contentHandlers['page-left'](context, {})).toBeNull();
    expect(events).toEqual([{ type: 'page-left', tabId: 9 }]);
  });

  describe('page-position', () => {
    const position = { progress: 40, quote: { textStart: 'The river rose through' } };

    /** A recorded page, tracked in the tab that reports (unless `tracked` is false). */
    async function reading(settings: Partial<Settings> = {}, tracked = true) {
      const setup = await setUp(settings);
      await contentHandlers['page-loaded'](setup.context, { metadata, visible: true });
      const tabs = tracked
        ? { '9': { page: { appActivityId: metadata.appActivityId, url: metadata.url } } }
        : {};
      Object.assign(setup.context.tracker.current, { tabs });
      const saved = async () => (await setup.db.get('activities', metadata.appActivityId))?.reading;
      return { ...setup, saved };
    }

    it('keeps progress and the quote for the page the tab is tracking', async () => {
      const { context, saved } = await reading();
      await contentHandlers['page-position'](context, { url: metadata.url, position });
      expect(await saved()).toMatchObject({ ...position, resumeAt: expect.any(Number) as number });
    });

    it('keeps only progress with the resume-position switch off (the quote is page text)', async () => {
      const { context, saved } = await reading({ resumePosition: false });
      await contentHandlers['page-position'](context, { url: metadata.url, position });
      const kept = await saved();
      expect(kept?.progress).toBe(40);
      expect(kept).not.toHaveProperty('quote');
    });

    it.each<[string, Partial<Settings>, boolean, string]>([
      ['while paused', { paused: true }, true, metadata.url],
      [
        'for an excluded site it names',
        { excludedSites: ['other.example'] },
        true,
        'https://other.example/a',
      ],
      ["for an excluded sender's page", { excludedSites: ['news.example'] }, true, metadata.url],
      ['for a page the tab is not tracking', {}, false, metadata.url],
      // A single-page app's next route, before it is reported as a page of its own.
      ['for another route than the tracked page', {}, true, 'https://news.example/next-story'],
    ])('keeps nothing %s', async (_name, settings, tracked, url) => {
      const { context, saved } = await reading({}, tracked);
      context.settings = () => ({ ...DEFAULT_SETTINGS, ...settings });
      expect(await contentHandlers['page-position'](context, { url, position })).toBeNull();
      expect(await saved()).toBeUndefined();
    });
  });
});
