import type { Tabs } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEARTBEAT_INTERVAL_MS } from '../../tracking/heartbeat';
import type { BackgroundContext } from '../context';
import { setUp } from '../testing/content-handlers-fixture';
import { memorySession } from '../testing/memory-session';
import { PDFJS_TAB_ICON } from './pdfjs-tab';
import { createTabViewers, VIEWER_TABS_KEY } from './tab-viewers';

const PDF = 'https://papers.example/pdf-in-viewer/paper.pdf';
const TITLE = 'Field Notes on Measuring Reading Time';
const FORBIDDEN = new Error('Missing host permission for the tab');
const T0 = 1_000_000;

/** A pdf.js tab 4 in window 2, as Firefox gives it to an add-on with host permissions. */
function pdfTab(change: Partial<Tabs.Tab> = {}): Tabs.Tab {
  return {
    id: 4,
    windowId: 2,
    index: 0,
    active: true,
    highlighted: true,
    pinned: false,
    incognito: false,
    url: PDF,
    title: `${TITLE} - paper.pdf`,
    favIconUrl: PDFJS_TAB_ICON,
    ...change,
  };
}

/** The order the injector made after 4 s of attention (attended since T0). */
const order = { url: PDF, attendedSince: T0, earlierMs: 0, routeStartedAt: null };

async function viewersOver(tab: { current: Tabs.Tab | undefined }, session = memorySession()) {
  const setup = await setUp({}, 'active', tab.current?.title);
  const viewers = createTabViewers({
    ready: Promise.resolve(setup.context as unknown as BackgroundContext),
    session,
    tabs: { get: () => (tab.current ? Promise.resolve(tab.current) : Promise.reject(new Error())) },
  });
  return { ...setup, viewers, session };
}

beforeEach(() => {
  // Not setTimeout: the store (fake IndexedDB) runs on it.
  vi.useFakeTimers({ now: T0 + 4_000, toFake: ['Date', 'setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a PDF in Firefox’s pdf.js, read from its tab', () => {
  it('is reported as a viewer at its address, under its own title, read since attention began', async () => {
    const { viewers, events, db } = await viewersOver({ current: pdfTab() });
    expect(await viewers.refused(4, order, FORBIDDEN)).toBe(true);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'page-loaded',
        tabId: 4,
        windowId: 2,
        tabActive: true,
        visible: true,
        attendedMs: 4_000,
        page: expect.objectContaining({ url: PDF }) as unknown,
      }),
    ]);
    const [record] = await db.getAll('activities');
    expect(record?.metadata).toMatchObject({ url: PDF, title: TITLE, type: 'WebPage' });
  });

  it('beats every heartbeat while its tab is shown, none behind another tab', async () => {
    const tab = { current: pdfTab() as Tabs.Tab | undefined };
    const { viewers, events } = await viewersOver(tab);
    await viewers.refused(4, order, FORBIDDEN);
    await vi.advanceTimersByTimeAsync(2 * HEARTBEAT_INTERVAL_MS);
    expect(events.map((e) => e.type)).toEqual(['page-loaded', 'page-signal', 'page-signal']);
    expect(events[1]).toEqual({
      type: 'page-signal',
      tabId: 4,
      visible: true,
      mediaPlaying: false,
      focus: { windowId: 2, focused: true },
    });
    tab.current = pdfTab({ active: false });
    await vi.advanceTimersByTimeAsync(2 * HEARTBEAT_INTERVAL_MS);
    expect(events).toHaveLength(3);
    // Behind another tab, no timer is left to keep the event page loaded.
    expect(vi.getTimerCount()).toBe(0);
    // Shown again: the tab's activation (any tab, window or idle event) starts the beat again.
    tab.current = pdfTab();
    await viewers.resume();
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS);
    expect(events.map((e) => e.type).slice(3)).toEqual(['page-signal']);
  });

  it('leaves its page when the tab shows another address, and beats no more', async () => {
    const tab = { current: pdfTab() as Tabs.Tab | undefined };
    const { viewers, events, session } = await viewersOver(tab);
    await viewers.refused(4, order, FORBIDDEN);
    tab.current = pdfTab({ url: 'https://papers.example/next.html' });
    await viewers.tabUpdated(4, { url: 'https://papers.example/next.html' }, tab.current);
    expect(events.map((e) => e.type)).toEqual(['page-loaded', 'page-left']);
    expect(session.data[VIEWER_TABS_KEY]).toEqual({});
    await vi.advanceTimersByTimeAsync(2 * HEARTBEAT_INTERVAL_MS);
    expect(events).toHaveLength(2);
  });

  it('is reported once: a reload of the same PDF is still the same read', async () => {
    const { viewers, events } = await viewersOver({ current: pdfTab() });
    await viewers.refused(4, order, FORBIDDEN);
    expect(await viewers.refused(4, { ...order, attendedSince: T0 + 3_000 }, FORBIDDEN)).toBe(true);
    expect(events.map((e) => e.type)).toEqual(['page-loaded']);
  });

  it('goes on beating in a worker started again (storage.session kept it)', async () => {
    const tab = { current: pdfTab() as Tabs.Tab | undefined };
    const first = await viewersOver(tab);
    await first.viewers.refused(4, order, FORBIDDEN);
    vi.clearAllTimers();
    const again = await viewersOver(tab, first.session);
    const writes = first.session.writes();
    await again.viewers.resume();
    // Resuming writes nothing: it runs on every tab, window and idle event.
    expect(first.session.writes()).toBe(writes);
    await vi.advanceTimersByTimeAsync(HEARTBEAT_INTERVAL_MS);
    expect(again.events.map((e) => e.type)).toEqual(['page-signal']);
  });

  it.each([
    ['another refusal (a tab busy or gone)', pdfTab(), new Error('No tab with id: 4')],
    ['a restricted domain (no pdf.js icon)', pdfTab({ favIconUrl: undefined }), FORBIDDEN],
  ])('leaves %s to the injector’s retries, reporting nothing', async (_, current, error) => {
    const { viewers, events } = await viewersOver({ current });
    expect(await viewers.refused(4, order, error)).toBe(false);
    await vi.advanceTimersByTimeAsync(2 * HEARTBEAT_INTERVAL_MS);
    expect(events).toEqual([]);
  });
});
