import { describe, expect, it } from 'vitest';
import type { Settings } from '../settings/settings';
import { scrollToPositionCommand } from '../messaging/page-commands';
import { contentHandlers } from './content-handlers';
import { beginSignInFlow } from '../auth/sign-in-flow';
import type { PageContext } from './context';
import { createSignInTabs } from './sign-in-tabs';
import { metadata, page, setUp } from './testing/content-handlers-fixture';
import { memorySession } from './testing/memory-session';

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

  it('records nothing from the sign-in flow’s own tab, whatever page it shows', async () => {
    const { context, events, db } = await setUp();
    // The flow's window opened on the authority, then went on to a page mayRead allows (an
    // identity provider of no known shape, here the fixture's article).
    const session = memorySession();
    const authorize = 'https://127.0.0.1:8443/oidc/auth?client_id=c&response_type=code';
    await beginSignInFlow(session, authorize);
    await createSignInTabs(session).heard(page.tabId, authorize);
    const flowTab = { ...context, session } as unknown as PageContext;
    const reply = await contentHandlers['page-loaded'](flowTab, { metadata, visible: true });
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
});
