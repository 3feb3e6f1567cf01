// The reading path's wiring of the reading-position sampler (reading.ts takeOver): whether the
// scroll a page already shows as the path starts is taken as the reader's (readerInputBefore:
// sampled at once) and where the reader's later input is heard (readerInput). The sampler itself
// and start-scroll.ts's rules have tests of their own; this one fails when the wiring is cut.
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlacedOrder } from '../messaging/reading-order';
import { startOrderedReading } from './injected-notes';
import { startInjectedReading, takeOver } from './reading';
import type { PositionSamplerDeps } from './reading-position/position-sampler';

const started = vi.hoisted(() => [] as PositionSamplerDeps[]);
vi.mock('./reading-position/position-sampler', () => ({
  startPositionSampler: (deps: PositionSamplerDeps) => {
    started.push(deps);
  },
}));

const URL = 'https://harbour.example/history';
const NOW = Date.now();

interface PageState {
  scrollY?: number;
  navigationType?: string;
  hasBeenActive?: boolean;
  /** A field with focus, at this offset from the document's top (px). */
  focusedAt?: number;
}

/** A page the worker ordered read, 4 s attended, laid out as `state` says (jsdom lays nothing out). */
function pageAt({ scrollY = 0, navigationType = 'navigate', hasBeenActive, focusedAt }: PageState) {
  const dom = new JSDOM(
    `<!doctype html><title>The harbour</title><body><p>Text</p><input id="q"></body>`,
    { url: URL, pretendToBeVisual: true },
  );
  const win = dom.window as unknown as Window;
  Object.defineProperty(win, 'scrollY', { value: scrollY });
  Object.defineProperty(win, 'innerHeight', { value: 800 });
  Object.defineProperty(win.document, 'hasFocus', { value: () => true });
  Object.defineProperty(win.performance, 'getEntriesByType', {
    value: (type: string) => (type === 'navigation' ? [{ name: URL, type: navigationType }] : []),
  });
  Object.defineProperty(win.navigator, 'userActivation', {
    value: hasBeenActive === undefined ? undefined : { hasBeenActive },
  });
  if (focusedAt !== undefined) {
    const field = win.document.getElementById('q');
    if (!field) throw new Error('no field');
    field.getBoundingClientRect = () =>
      ({ top: focusedAt - scrollY, bottom: focusedAt - scrollY + 30 }) as DOMRect;
    field.focus();
  }
  return win;
}

const order: PlacedOrder = {
  url: URL,
  attendedSince: NOW - 4_000,
  earlierMs: 0,
  routeStartedAt: null,
  loadedAsRoute: true,
};

/** The deps the reading path gave the sampler as it started on `win`. */
function startOn(win: Window): PositionSamplerDeps {
  expect(startInjectedReading(win, order)).not.toBeNull();
  const deps = started.at(-1);
  if (!deps) throw new Error('the sampler was not started');
  return deps;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  started.length = 0;
  // The extension's runtime as the content script sees it: messages go nowhere.
  vi.stubGlobal('browser', {
    runtime: {
      id: 'test',
      sendMessage: () => Promise.resolve(undefined),
      onMessage: { addListener: () => undefined },
    },
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the reading path starts the position sampler', () => {
  it.each<[string, boolean, PageState]>([
    ['at its top: nothing to take', false, { scrollY: 0, hasBeenActive: true }],
    [
      'scrolled after a key press or click (sticky activation)',
      true,
      { scrollY: 1200, hasBeenActive: true },
    ],
    [
      'scrolled on a reload (the browser restored it)',
      true,
      { scrollY: 1200, navigationType: 'reload', hasBeenActive: false },
    ],
    [
      'scrolled by focusing a field (autofocus), no activation',
      false,
      { scrollY: 391, hasBeenActive: false, focusedAt: 1000 },
    ],
    [
      'scrolled with a field focused that was in view at the top',
      true,
      { scrollY: 391, hasBeenActive: false, focusedAt: 300 },
    ],
  ])('on a page %s: the reader’s scroll: %s', (_, readers, state) => {
    expect(startOn(pageAt(state)).readerInputBefore).toBe(readers);
  });

  it('with the reader’s input noted before it: taken as the reader’s, even at the top', () => {
    const win = pageAt({ scrollY: 0, hasBeenActive: false });
    startOrderedReading(win, order, (notes, feed, page) => {
      notes.readerInput = true;
      return takeOver(notes, feed, page);
    });
    expect(started.at(-1)?.readerInputBefore).toBe(true);
  });

  it('hears the reader’s later input through the page session’s one listener', () => {
    const win = pageAt({ scrollY: 0 });
    const deps = startOn(win);
    const { Event, WheelEvent } = win as unknown as typeof globalThis;
    expect(deps.readerInput()).toBe(false);
    win.dispatchEvent(new Event('scroll'));
    expect(deps.readerInput()).toBe(false);
    win.dispatchEvent(new WheelEvent('wheel'));
    expect(deps.readerInput()).toBe(true);
  });
});
