import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { contentHandlers } from './content-handlers';
import type { PageContext } from './context';
import { metadata, setUp } from './testing/content-handlers-fixture';

describe('content handlers: signals, frames and positions', () => {
  it("credits presence in a subframe to its tab, as that frame's word, back from idle first", async () => {
    const { context, events } = await setUp({}, 'idle');
    const player = { ...context, page: { ...context.page, frameId: 4 } };
    await contentHandlers['frame-signal'](player, { mediaPlaying: true });
    expect(events).toEqual([
      { type: 'idle-state', state: 'active' },
      { type: 'frame-signal', tabId: 9, frameId: 4, windowId: 2, mediaPlaying: true },
    ]);
  });

  // A tab muted from the tab strip (F-track-7): the browser says so with the page's report (a mute
  // before the report found no tab in the tracker), and the page says what of its media is seen.
  it('passes on a muted tab with the report, and what of its media is seen', async () => {
    const { context, events } = await setUp();
    const muted = { ...context, page: { ...context.page, tabMuted: true } };
    await contentHandlers['page-loaded'](muted, { metadata, visible: true, mediaPlaying: true });
    await contentHandlers['page-signal'](muted, {
      visible: true,
      mediaPlaying: true,
      mediaSeen: true,
    });
    await contentHandlers['frame-signal'](muted, { mediaPlaying: true, mediaSeen: true });
    expect(events).toMatchObject([
      { type: 'page-loaded', tabId: 9, tabMuted: true, mediaPlaying: true },
      { type: 'page-signal', tabId: 9, mediaPlaying: true, mediaSeen: true },
      { type: 'frame-signal', tabId: 9, mediaPlaying: true, mediaSeen: true },
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

  // The tab switch may reach the worker late: when the page went hidden is passed on (issue #13).
  it.each([
    [false, { hiddenAt: 1_700_000_000_000 }],
    [true, {}],
  ])('says when a page went hidden (visible: %s)', async (visible, expected) => {
    const { context, events } = await setUp();
    const signal = { visible, mediaPlaying: false, at: 1_700_000_000_000 };
    const focus = { windowId: 2, focused: true };
    await contentHandlers['page-signal'](context, signal);
    expect(events).toEqual([
      { type: 'page-signal', tabId: 9, visible, mediaPlaying: false, focus, ...expected },
    ]);
  });

  // Likewise a switch to another window: when the page lost focus, only if the browser agrees
  // (focus moving into one of the page's iframes blurs it too, its window still focused).
  it.each<[string, boolean, boolean, object, boolean?]>([
    [
      'its window lost focus',
      false,
      true,
      { focus: { windowId: 2, focused: false }, blurredAt: 1_700_000_000_000 },
    ],
    ['its tab is no longer active', true, false, { blurredAt: 1_700_000_000_000 }],
    ['focus moved into one of its iframes', true, true, {}],
    // Away and back before the worker heard (review F-track-2): its tab counts the reader again.
    ['its tab is active again by now', true, false, {}, true],
  ])('says when a page lost focus: %s', async (_, windowFocused, tabActive, expected, now) => {
    const { context, events } = await setUp();
    context.browserState.windowFocus = (windowId) =>
      Promise.resolve({ windowId, focused: windowFocused });
    context.browserState.tabActive = () => Promise.resolve(now ?? tabActive);
    context.page.tabActive = tabActive;
    const signal = { visible: true, focused: false, mediaPlaying: false, at: 1_700_000_000_000 };
    await contentHandlers['page-signal'](context, signal);
    expect(events).toEqual([
      { type: 'page-signal', tabId: 9, visible: true, mediaPlaying: false, ...expected },
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

  it("hands a site's signals to no one once the site is excluded (F-track-4)", async () => {
    const { context, events } = await setUp({ excludedSites: ['news.example'] }, 'idle');
    expect(
      await contentHandlers['page-signal'](context, { visible: true, mediaPlaying: false }),
    ).toBeNull();
    expect(events).toEqual([]);
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
